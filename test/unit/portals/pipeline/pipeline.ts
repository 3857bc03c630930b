import { afterEach, expect } from 'vitest';
import { collectFields } from '@/lib/dom/collect';
import { RequestMemory } from '@/lib/dom/memory';
import { qualifyFields, type MappedField } from '@/lib/dom/qualify';
import { readValue } from '@/lib/dom/values';
import { evaluateRequest } from '@/lib/engine/registry';
import type { Evaluation } from '@/lib/engine/types';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import { PORTAL_MAPS } from '@/rules/portals';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import { REGISTRY } from '@/rules/registry';

/**
 * The whole content-script pipeline on the page in `document`, as lib/dom/controller.ts and
 * entrypoints/content/preflight.ts run it:
 *   collectFields → qualifyFields (the shipped portal maps and vocabulary) → readValue per mapped
 *   field → RequestMemory.update/snapshot → the implied units of mapped fields filled in where no
 *   unit was read (controller.ts `valuesWithImpliedUnits`, which is not exported: copied here
 *   line for line) → rawFromFlat → normalizeForm → evaluateRequest(REGISTRY) (the content script
 *   calls `check` with the runtime registry; evaluateRequest is the same check plus the
 *   selection in words and the checklist).
 */

/** the date the requests below are checked on */
export const TODAY = '2026-12-03';

export function mappedFields(): MappedField[] {
  return qualifyFields(collectFields(document).fields, {
    maps: PORTAL_MAPS,
    vocabulary: VOCABULARY,
    hostname: window.location.hostname,
  });
}

/** The flat values the controller hands to `evaluate` (memory snapshot + implied units). */
export function controllerValues(): Record<string, string> {
  const mapped = mappedFields();
  const memory = new RequestMemory();
  memory.update(mapped.map((m) => ({ path: m.path, value: readValue(m.field), element: m.field.element })));
  // controller.ts valuesWithImpliedUnits()
  const values = memory.snapshot();
  for (const m of mapped) {
    const implied = m.impliedUnit;
    if (implied && !(values[implied.path] ?? '').trim()) values[implied.path] = implied.unit;
  }
  return values;
}

export async function evaluatePage(): Promise<Evaluation> {
  return evaluateRequest(REGISTRY, normalizeForm(rawFromFlat(controllerValues())), { today: TODAY });
}

/** Errors and warnings as `ruleId: message (field)`. */
export const loud = (e: Evaluation): string[] =>
  e.findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId}: ${f.message} (${f.field})`);

/** Renders `html`; each select then chooses the option marked `selected`, as a browser's parser
 *  does (copied from ../read.ts `page`). */
export function page(html: string): void {
  document.body.innerHTML = html;
  for (const select of Array.from(document.querySelectorAll('select'))) {
    const marked = Array.from(select.options).filter((o) => o.hasAttribute('selected'));
    if (select.multiple) for (const o of Array.from(select.options)) o.selected = o.hasAttribute('selected');
    else if (marked.length) select.selectedIndex = marked[marked.length - 1]!.index;
  }
}

afterEach(() => {
  if (process.env.DUMP) console.log(JSON.stringify(controllerValues()));
  document.body.innerHTML = '';
});

/** The pack a correct request must select (null: no pack may speak). */
export type Expected = 'cigna-ilaris' | 'cigna-infliximab' | null;

/** Evaluates the page and asserts: the request's core fields were read as typed, no error or
 *  warning, the selection names the drug and chooses the right pack (or none), and the pack read
 *  the request's diagnosis. */
export async function expectClean(r: Request): Promise<void> {
  // the page was read at all: the request's core fields reached the RawForm
  const values = controllerValues();
  const flat = flatOf(r);
  const core = CORE.filter(([id]) => id in flat);
  expect(Object.fromEntries(core.map(([, path]) => [path, values[path]]))).toEqual(
    Object.fromEntries(core.map(([id, path]) => [path, flat[id]])),
  );
  const e = await evaluatePage();
  expect(loud(e)).toEqual([]);
  expect(e.selection.pack?.id ?? null).toBe(r.pack);
  expect(e.selection.read ?? '').toMatch(r.drug);
  if (r.pack) {
    expect(e.selection.status).toBe('applies');
    // the pack read the diagnosis the request gives (its checklist is for that indication)
    expect(e.indicationCode).toBe(flat.dx);
  } else {
    expect(e.selection.status).not.toBe('applies');
  }
}

// ---------------------------------------------------------------------------------------------
// The requests: what a person fills in, field by field, in the order the form shows them.

export type Kind = 'text' | 'number' | 'date' | 'select' | 'textarea';

export interface Field {
  /** a stable id fragment for the control */
  id: string;
  label: string;
  value: string;
  kind: Kind;
  /** a unit a library shows beside the number (an addon, suffix, adornment) */
  unit?: string;
  /** a select's options (value shown = option text) */
  options?: string[];
}

export interface Section {
  title: string;
  fields: Field[];
}

export interface Request {
  name: string;
  sections: Section[];
  /** the pack that must be chosen */
  pack: Expected;
  /** what the selection's `read` must mention */
  drug: RegExp;
}

const POS = ['11 - Office', '19 - Off campus outpatient hospital', '22 - On campus outpatient hospital', '12 - Home'];
const TYPES = ['New authorization request', 'Continuation / renewal'];
const OUTCOMES = ['Inadequate response', 'Intolerance', 'Contraindicated'];

const patient = (name: string, memberId: string, dob: string, weight: string): Section => ({
  title: 'Patient information',
  fields: [
    { id: 'patientName', label: 'Patient name', value: name, kind: 'text' },
    { id: 'memberId', label: 'Member ID', value: memberId, kind: 'text' },
    { id: 'dob', label: 'Date of birth', value: dob, kind: 'date' },
    { id: 'weight', label: 'Weight', value: weight, kind: 'number', unit: 'kg' },
  ],
});

const requestInfo: Section = {
  title: 'Request',
  fields: [
    { id: 'requestDate', label: 'Request date', value: '11/20/2026', kind: 'date' },
    { id: 'requestType', label: 'Request type', value: 'New authorization request', kind: 'select', options: TYPES },
  ],
};

const prescriber: Section = {
  title: 'Prescriber',
  fields: [
    { id: 'prescriberName', label: 'Prescriber name', value: 'Dr. Ann Lee', kind: 'text' },
    { id: 'npi', label: 'NPI', value: '1234567893', kind: 'text' },
    { id: 'specialty', label: 'Specialty', value: 'Rheumatology', kind: 'text' },
  ],
};

type Therapy = [drug: string, dose: string, start: string, stop: string, outcome: string];
/** the diagnosis section: one ICD-10 code */
const diagnosis = (code: string): Section => ({
  title: 'Diagnosis',
  fields: [{ id: 'dx', label: 'ICD-10 code', value: code, kind: 'text' }],
});

/** the medication section: the drug's identity, a dose in mg, its billing units and frequency, given in an office */
const medication = (drugName: string, hcpcs: string, ndc: string, dose: string, units: string, frequency: string): Section => ({
  title: 'Medication',
  fields: [
    { id: 'drugName', label: 'Drug name', value: drugName, kind: 'text' },
    { id: 'hcpcs', label: 'HCPCS', value: hcpcs, kind: 'text' },
    { id: 'ndc', label: 'NDC', value: ndc, kind: 'text' },
    { id: 'dose', label: 'Dose', value: dose, kind: 'number', unit: 'mg' },
    { id: 'units', label: 'Billing units', value: units, kind: 'number' },
    { id: 'frequency', label: 'Frequency', value: frequency, kind: 'text' },
    { id: 'pos', label: 'Place of service', value: '11 - Office', kind: 'select', options: POS },
  ],
});

/** the labs section: a CRP in `unit`, its date and reference range */
const labs = (crp: string, unit: string, date: string, range: string): Section => ({
  title: 'Labs',
  fields: [
    { id: 'crp', label: 'CRP', value: crp, kind: 'number', unit },
    { id: 'crpDate', label: 'CRP date', value: date, kind: 'date' },
    { id: 'crpRange', label: 'CRP reference range', value: range, kind: 'text' },
  ],
});

const therapyRow = ([drug, dose, start, stop, outcome]: Therapy, i: number): Field[] => [
  { id: `pt${i}drug`, label: 'Drug', value: drug, kind: 'text' },
  { id: `pt${i}dose`, label: 'Dose', value: dose, kind: 'text' },
  { id: `pt${i}start`, label: 'Start date', value: start, kind: 'date' },
  { id: `pt${i}stop`, label: 'Stop date', value: stop, kind: 'date' },
  { id: `pt${i}outcome`, label: 'Outcome', value: outcome, kind: 'select', options: OUTCOMES },
];
/** the prior therapies, one row of fields per drug tried (ids pt0…, pt1…) */
const therapies = (...rows: Therapy[]): Section => ({ title: 'Prior therapies', fields: rows.flatMap(therapyRow) });
const therapy = (...row: Therapy): Section => therapies(row);

/** the prior therapy section's fields grouped by row (for libraries that draw a grid) */
export const therapyRows = (fields: Field[]): Field[][] => {
  const rows: Field[][] = [];
  for (const f of fields) (rows[Number(/^pt(\d+)/.exec(f.id)?.[1] ?? 0)] ??= []).push(f);
  return rows;
};

/** Ilaris for CAPS (M04.2), adult, 68 kg: 150 mg every 8 weeks (as
 *  test/fixtures/requests/ilaris-caps-adult.json, with a CRP and a prior therapy row). */
export const ILARIS: Request = {
  name: 'Ilaris (CAPS, 68 kg, 150 mg q8w)',
  pack: 'cigna-ilaris',
  drug: /ilaris|canakinumab/i,
  sections: [
    patient('Maria Gomez', 'U2468013501', '08/22/1990', '68'),
    requestInfo,
    diagnosis('M04.2'),
    medication('Ilaris (canakinumab)', 'J0638', '00078-0734-61', '150', '150', 'Every 8 weeks'),
    labs('4.5', 'mg/dL', '10/01/2026', '<0.5 mg/dL'),
    therapy('Prednisone', '20 mg daily', '01/05/2026', '04/01/2026', 'Inadequate response'),
    prescriber,
  ],
};

/** Ilaris for adult-onset Still's disease (M06.1), 70 kg: 4 mg/kg = 280 mg every 4 weeks, after
 *  a corticosteroid and a DMARD (as test/fixtures/requests/stills-70kg-clean.json): two therapy rows. */
export const ILARIS_AOSD: Request = {
  name: "Ilaris (Still's disease, 70 kg, 280 mg q4w, two prior therapies)",
  pack: 'cigna-ilaris',
  drug: /ilaris|canakinumab/i,
  sections: [
    patient('Jane Doe', 'U1234567801', '03/14/1985', '70'),
    requestInfo,
    diagnosis('M06.1'),
    medication('Ilaris (canakinumab)', 'J0638', '00078-0734-61', '280', '280', 'Every 4 weeks'),
    labs('4.5', 'mg/dL', '10/01/2026', '<0.5 mg/dL'),
    therapies(
      ['Prednisone', '20 mg daily', '01/05/2026', '04/01/2026', 'Inadequate response'],
      ['Methotrexate', '15 mg weekly', '02/01/2026', '09/01/2026', 'Inadequate response'],
    ),
    prescriber,
  ],
};

/** Remicade for rheumatoid arthritis, 70 kg, 3 mg/kg = 210 mg (21 units) every 8 weeks (as
 *  test/fixtures/requests/infliximab-ra-70kg.json). */
export const INFLIXIMAB: Request = {
  name: 'Remicade (RA, 70 kg, 210 mg q8w)',
  pack: 'cigna-infliximab',
  drug: /remicade|infliximab/i,
  sections: [
    patient('Maria Gomez', 'U2345678901', '03/14/1970', '70'),
    requestInfo,
    diagnosis('M06.9'),
    medication('Remicade (infliximab)', 'J1745', '57894-0030-01', '210', '21', 'Every 8 weeks'),
    therapy('Methotrexate', '20 mg weekly', '01/05/2025', '08/01/2026', 'Inadequate response'),
    prescriber,
  ],
};

/** Humira for rheumatoid arthritis (as test/fixtures/requests/humira-ra.json): no pack checks it. */
export const HUMIRA: Request = {
  name: 'Humira (RA, 40 mg q2w)',
  pack: null,
  drug: /humira|adalimumab/i,
  sections: [
    patient('Sam Rivera', 'U9876543201', '06/02/1971', '82'),
    requestInfo,
    diagnosis('M05.79'),
    medication('Humira (adalimumab)', 'J0135', '00074-0554-02', '40', '2', 'Every 2 weeks'),
    labs('18', 'mg/L', '10/30/2026', '0-5 mg/L'),
    therapy('Methotrexate', '20 mg weekly', '01/05/2025', '08/01/2026', 'Inadequate response'),
    prescriber,
  ],
};

/** fields every page must give to the RawForm as typed: [field id, raw path] */
const CORE: [string, string][] = [
  ['drugName', 'drug.name'],
  ['dose', 'drug.dose'],
  ['weight', 'patient.weight'],
  ['dx', 'diagnosis.codes.0'],
  ['npi', 'prescriber.npi'],
  ['pt0drug', 'priorTherapies.0.drug'],
  ['pt1drug', 'priorTherapies.1.drug'],
];

export const REQUESTS: readonly Request[] = [ILARIS, ILARIS_AOSD, INFLIXIMAB, HUMIRA];

/** The request's fields as a person reads them off the form (the flat values the page must give). */
export function flatOf(r: Request): Record<string, string> {
  return Object.fromEntries(r.sections.flatMap((s) => s.fields.map((f) => [f.id, f.value])));
}

/** A page renderer for one library: a field, a section around its fields, the form around the sections. */
export interface Library {
  field(f: Field): string;
  /** a section around its fields (a grid of the prior therapy row, where the library draws one) */
  section(title: string, fields: Field[], field: (f: Field) => string): string;
  form(body: string): string;
}

export const render = (lib: Library, r: Request): string =>
  lib.form(r.sections.map((s) => lib.section(s.title, s.fields, (f) => lib.field(f))).join('\n'));

/** the shown text of a select's option list, as `[value, text]` pairs (value = text) */
export const pairs = (f: Field): [string, string][] => (f.options ?? []).map((o) => [o, o]);

export const esc = (s: string): string =>
  s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');
