import type { FindingDraft, RuleContext, RuleMeta } from '../../../../lib/engine/types';
import { F, priorTherapyPath } from '../../../../lib/form/fields';
import type { PaForm, PriorTherapy } from '../../../../lib/form/schema';
import { addMonths, daysBetween } from '../../../../lib/parse/date';
import { indicationFacts, PROXY_NOTE, requestDate } from '../derive';
import { DRUG_CLASSES, STEP_THERAPY } from '../facts';

export const meta: RuleMeta = {
  id: 'step-therapy-missing',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.priorTherapies, F.colchicineContraindicated, F.colchicineContinuing, F.nsaidContraindicated, F.corticosteroidsNotCandidate],
  source: STEP_THERAPY.fmfColchicine.source,
};

const rowsOf = (form: PaForm, cls: RegExp): PriorTherapy[] =>
  form.priorTherapies.filter((row) => row.drug !== undefined && cls.test(row.drug.raw));

/** A class counts when a row names it and says how it went, or the yes/no answer says it is contraindicated. */
const tried = (form: PaForm, cls: RegExp, contraindicated: boolean | undefined): boolean =>
  contraindicated === true || rowsOf(form, cls).some((row) => row.outcome !== undefined);

/** Whether a row covers at least `months` months (ongoing rows run to the request date). */
function lastedMonths(row: PriorTherapy, months: number, until: string): boolean | null {
  const start = row.start?.value;
  if (!start) return null;
  const end = row.stop?.value ?? until;
  const needed = addMonths(start, months);
  if (!needed) return null;
  return (daysBetween(needed, end) ?? -1) >= 0;
}

function fmf(form: PaForm): FindingDraft[] {
  const { clinical } = form;
  const contraindicated = clinical.colchicineContraindicated?.value === true;
  if (!contraindicated && rowsOf(form, DRUG_CLASSES.colchicine).length === 0) {
    return [
      {
        field: F.priorTherapies,
        message: `FMF: Cigna's criteria expect colchicine tried and continued unless contraindicated ${PROXY_NOTE}; add the colchicine row (dose, dates, outcome) or answer that it is contraindicated.`,
      },
    ];
  }
  if (!contraindicated && clinical.colchicineContinuing?.value === false) {
    return [
      {
        field: F.colchicineContinuing,
        message: `FMF: Cigna's criteria expect colchicine to continue alongside Ilaris unless contraindicated ${PROXY_NOTE}; explain why it stopped.`,
      },
    ];
  }
  return [];
}

function stills(form: PaForm, ctx: RuleContext, label: string): FindingDraft[] {
  const months = STEP_THERAPY.stillsDmardMonths.value;
  const exception = 'unless systemic features or macrophage activation syndrome make waiting unsafe (say so in the request)';
  const proxy = "(proxy criterion borrowed from anakinra's policy, not Cigna's own text)";
  const findings: FindingDraft[] = [];
  if (rowsOf(form, DRUG_CLASSES.corticosteroid).length === 0) {
    findings.push({
      field: F.priorTherapies,
      message: `${label}: add the corticosteroid tried (e.g. prednisone) with dose, dates and outcome, ${exception} ${proxy}.`,
    });
  }
  const dmards = rowsOf(form, DRUG_CLASSES.dmard);
  if (dmards.length === 0) {
    findings.push({
      field: F.priorTherapies,
      message: `${label}: add a conventional DMARD (e.g. methotrexate) taken for at least ${months} months with an inadequate response, ${exception} ${proxy}.`,
    });
  } else {
    const until = requestDate(form, ctx);
    const durations = dmards.map((row) => lastedMonths(row, months, until));
    const shortRow = dmards[durations.indexOf(false)];
    if (!durations.includes(true) && shortRow) {
      findings.push({
        field: priorTherapyPath(shortRow.index ?? form.priorTherapies.indexOf(shortRow), shortRow.stop ? 'stop' : 'start'),
        message: `${label}: ${shortRow.drug?.raw ?? 'the DMARD'} ran less than ${months} months by its dates; the criteria ask for at least ${months} months ${proxy}.`,
      });
    }
  }
  return findings;
}

function gout(form: PaForm): FindingDraft[] {
  const { clinical } = form;
  const proxy = PROXY_NOTE;
  const findings: FindingDraft[] = [];
  if (!tried(form, DRUG_CLASSES.nsaid, clinical.nsaidContraindicated?.value)) {
    findings.push({
      field: clinical.nsaidContraindicated ? F.nsaidContraindicated : F.priorTherapies,
      message: `Gout: NSAIDs must be contraindicated, not tolerated or ineffective ${proxy}; add the NSAID tried (name, dose, dates, outcome) or answer that NSAIDs are contraindicated.`,
    });
  }
  if (!tried(form, DRUG_CLASSES.colchicine, clinical.colchicineContraindicated?.value)) {
    findings.push({
      field: clinical.colchicineContraindicated ? F.colchicineContraindicated : F.priorTherapies,
      message: `Gout: colchicine must be contraindicated, not tolerated or ineffective ${proxy}; add the colchicine tried or answer that it is contraindicated.`,
    });
  }
  if (clinical.corticosteroidsNotCandidate?.value === false) {
    findings.push({
      field: F.corticosteroidsNotCandidate,
      message: `Gout: Cigna's criteria cover patients for whom repeated corticosteroid courses are not appropriate ${proxy}; the answer is no.`,
    });
  }
  return findings;
}

export function check(form: PaForm, ctx: RuleContext): FindingDraft[] {
  const facts = indicationFacts(ctx);
  if (!facts || form.request.type?.value === 'continuation') return [];
  switch (ctx.indication) {
    case 'FMF':
      return fmf(form);
    case 'AOSD':
    case 'SJIA':
      return stills(form, ctx, facts.label);
    case 'GOUT':
      return gout(form);
    default:
      return [];
  }
}
