import type { FindingDraft, RuleContext, RuleMeta } from '@/lib/engine/types';
import { F } from '@/lib/form/fields';
import type { IsoDate, PaForm, PriorTherapy } from '@/lib/form/schema';
import { addDays, addMonths, daysBetween } from '@/lib/parse/date';
import { indicationFacts, PROXY_NOTE, requestDate, typed } from '@/rules/cigna/ilaris/derive';
import { DRUG_CLASSES, STEP_THERAPY } from '@/rules/cigna/ilaris/facts';
import { cellOf, earlierIlaris, isGoutRetreatment, outcomeOf, rowsOf } from '@/rules/cigna/ilaris/prior-therapy';

export const meta: RuleMeta = {
  id: 'step-therapy-missing',
  severity: 'warning',
  category: 'priorTherapy',
  fields: [F.priorTherapies, F.colchicineContraindicated, F.colchicineContinuing, F.nsaidContraindicated, F.corticosteroidsNotCandidate],
  source: STEP_THERAPY.fmfColchicine.source,
};

/** A row counts as a failed step when it has an outcome that does not say the drug worked. */
const failedStep = (row: PriorTherapy): boolean => {
  const outcome = outcomeOf(row);
  return outcome !== null && outcome !== 'worked';
};

/** The first row of a class whose outcome says the drug worked, when no row of it failed. */
const onlyWorked = (form: PaForm, cls: RegExp): PriorTherapy | undefined => {
  const rows = rowsOf(form, cls);
  return rows.some(failedStep) ? undefined : rows.find((row) => outcomeOf(row) === 'worked');
};

/** Why a row that names the drug does not count: its outcome says the drug worked. */
const workedNote = (row: PriorTherapy | undefined): string =>
  row?.drug && row.outcome
    ? ` The row for ${typed(row.drug)} says it worked (${typed(row.outcome)}): a drug that helped is not a failed step; describe the inadequate response, intolerance or contraindication.`
    : '';

/** The row's stop says the drug is still taken ("ongoing", "present", "to date"). */
const ongoing = (row: PriorTherapy): boolean => row.stop?.value === 'ongoing';

/**
 * Whether a row may cover at least `months` months, through its stop day (rows with no stop, or
 * one that says the drug is still taken, run to the request date). Dates known only to the month
 * or year are read at their widest, from the first day of the start to the last of the stop
 * ("08/2026" to "09/2026" is two months): a row is short only when every day its dates may mean
 * makes it short.
 */
function lastedMonths(row: PriorTherapy, months: number, until: IsoDate): boolean | null {
  const start = row.start?.value?.first;
  if (!start) return null;
  const stop = row.stop?.value;
  const end = addDays(stop === undefined || stop === 'ongoing' ? until : stop.last, 1);
  const needed = addMonths(start, months);
  if (!needed || !end) return null;
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
  // a biologic tried (anakinra, tocilizumab) meets Still's step therapy on its own (template, proxy)
  if (rowsOf(form, DRUG_CLASSES.stillsBiologic).some((row) => outcomeOf(row) !== null)) return [];
  const findings: FindingDraft[] = [];
  if (rowsOf(form, DRUG_CLASSES.corticosteroid).length === 0) {
    findings.push({
      field: F.priorTherapies,
      message: `${label}: add the corticosteroid tried (e.g. prednisone) with dose, dates and outcome, ${exception} ${proxy}.`,
    });
  }
  const dmards = rowsOf(form, DRUG_CLASSES.dmard);
  const dmardWorked = onlyWorked(form, DRUG_CLASSES.dmard);
  if (dmards.length === 0) {
    findings.push({
      field: F.priorTherapies,
      message: `${label}: add a conventional DMARD (e.g. methotrexate) taken for at least ${months} months with an inadequate response, or a biologic tried (e.g. anakinra, tocilizumab), ${exception} ${proxy}.`,
    });
  } else if (dmardWorked) {
    findings.push({
      field: cellOf(form, dmardWorked, 'outcome'),
      message: `${label}: the criteria ask for an inadequate response to a conventional DMARD ${proxy}.${workedNote(dmardWorked)}`,
    });
  } else {
    const until = requestDate(form, ctx);
    const durations = dmards.map((row) => lastedMonths(row, months, until));
    const shortRow = dmards[durations.indexOf(false)];
    if (!durations.includes(true) && shortRow) {
      const still = ongoing(shortRow);
      findings.push({
        field: cellOf(form, shortRow, shortRow.stop && !still ? 'stop' : 'start'),
        message: still
          ? `${label}: ${shortRow.drug?.raw ?? 'the DMARD'}, still taken, has run less than ${months} months from its start to the request date; the criteria ask for at least ${months} months ${proxy}.`
          : `${label}: ${shortRow.drug?.raw ?? 'the DMARD'} ran less than ${months} months by its dates; the criteria ask for at least ${months} months ${proxy}.`,
      });
    }
  }
  return findings;
}

/** A class is a failed step when the yes/no answer says contraindicated, or a row of it failed. */
function classMissing(
  form: PaForm,
  cls: RegExp,
  contraindicated: { value?: boolean } | undefined,
  answerField: string,
  message: string,
): FindingDraft[] {
  if (contraindicated?.value === true || rowsOf(form, cls).some(failedStep)) return [];
  const worked = onlyWorked(form, cls);
  if (worked) return [{ field: cellOf(form, worked, 'outcome'), message: `${message}${workedNote(worked)}` }];
  return [{ field: contraindicated ? answerField : F.priorTherapies, message }];
}

function gout(form: PaForm): FindingDraft[] {
  const { clinical } = form;
  const proxy = PROXY_NOTE;
  const findings: FindingDraft[] = [];
  // retreatment path: an earlier Ilaris dose with a benefit drops the NSAID and colchicine criteria
  if (!isGoutRetreatment(form)) {
    const earlier = earlierIlaris(form);
    const notRetreatment = earlier
      ? ` (An earlier Ilaris dose is entered, but the retreatment path that skips this needs a documented benefit from it.)`
      : '';
    findings.push(
      ...classMissing(
        form,
        DRUG_CLASSES.nsaid,
        clinical.nsaidContraindicated,
        F.nsaidContraindicated,
        `Gout: NSAIDs must be contraindicated, not tolerated or ineffective ${proxy}; add the NSAID tried (name, dose, dates, outcome) or answer that NSAIDs are contraindicated.${notRetreatment}`,
      ),
      ...classMissing(
        form,
        DRUG_CLASSES.colchicine,
        clinical.colchicineContraindicated,
        F.colchicineContraindicated,
        `Gout: colchicine must be contraindicated, not tolerated or ineffective ${proxy}; add the colchicine tried or answer that it is contraindicated.${notRetreatment}`,
      ),
    );
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
