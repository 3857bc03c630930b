import type { Page } from 'playwright-core';
import { byTestId, goToStep, usDate } from '@/test/e2e/helpers';

/**
 * The worked case of the demo (a 70 kg adult with Still's disease, 280 mg of Ilaris) with its
 * classic mistakes, typed into every step of the demo wizard as staff would. Each action says
 * what the review step must then show, so a test can prove every value reached the portal as
 * typed. All data is fictitious; the identifying values are distinctive so storage dumps can be
 * searched for them.
 */

export type Action =
  | { kind: 'type'; testId: string; text: string; review?: [key: string, shown: string] }
  | { kind: 'select'; testId: string; value: string; review?: [key: string, shown: string] }
  | { kind: 'click'; testId: string; review?: [key: string, shown: string] };

export interface Step {
  id: string;
  actions: Action[];
}

const type = (testId: string, text: string, reviewKey?: string, shown = text): Action => ({
  kind: 'type',
  testId,
  text,
  review: reviewKey ? [reviewKey, shown] : undefined,
});
const select = (testId: string, value: string, reviewKey?: string): Action => ({
  kind: 'select',
  testId,
  value,
  review: reviewKey ? [reviewKey, value] : undefined,
});
const click = (testId: string, review?: [string, string]): Action => ({ kind: 'click', testId, review });

/** Identifying values that must never reach persistent storage. */
export const IDENTIFIERS = {
  name: 'Zoë Q. Samplewright-Núñez',
  memberId: 'U9876543201',
  dob: '04/12/1988',
  dobIso: '1988-04-12',
  npi: '1234567893',
  prescriber: 'Dana R. Whitfield, MD',
  phone: '(555) 010-2345',
  fax: '(555) 010-2346',
  outcome: 'Inadequate response: daily fevers persisted on taper',
} as const;

export const DEMO_STEPS: Step[] = [
  {
    id: 'patient',
    actions: [
      type('patient-name', IDENTIFIERS.name, 'patientName'),
      type('patient-cigna-id', IDENTIFIERS.memberId, 'cignaId'),
      type('patient-dob', IDENTIFIERS.dob, 'dob'),
      type('patient-weight', '70', 'weight', '70 kg'),
    ],
  },
  {
    id: 'provider',
    actions: [
      type('provider-name', IDENTIFIERS.prescriber, 'physicianName'),
      type('provider-npi', IDENTIFIERS.npi, 'npi'),
      select('provider-specialty', 'Rheumatology', 'specialty'),
      type('provider-phone', IDENTIFIERS.phone, 'officePhone'),
      type('provider-fax', IDENTIFIERS.fax, 'officeFax'),
    ],
  },
  {
    id: 'diagnosis',
    actions: [type('dx-code-0', 'M06.1', 'dxCode0'), type('dx-code-1', 'M79.3', 'dxCode1'), select('dx-indication', 'AOSD', 'indication')],
  },
  {
    id: 'medication',
    actions: [
      type('med-name', 'Ilaris (canakinumab)', 'medication'),
      type('med-jcode', 'J0638', 'jcode'),
      type('med-ndc', '0078-0734-61', 'ndc'), // 10 digits as on the carton: claims want 5-4-2
      type('med-dose', '280', 'dose', '280 mg'),
      type('med-units', '1', 'units'), // the classic mistake: one unit for the whole dose
      type('med-ndc-quantity', 'ML2', 'ndcQuantity'),
      type('med-frequency', 'Every 4 weeks', 'frequency'),
      type('med-duration', '6 months', 'duration'),
      select('med-obtained', "Prescriber's office stock", 'obtainedFrom'),
      select('med-pos', '11', 'placeOfService'),
      type('med-admin-cpt', '96372', 'adminCpt'),
      type('med-modifiers', 'JW', 'modifiers'),
      type('request-service-date', usDate(7), 'serviceDate'),
      click('request-type-new', ['requestType', 'new']),
    ],
  },
  {
    id: 'clinical',
    actions: [
      type('crp-value', '4.5', 'crpValue', '4.5 mg/dL'),
      select('crp-unit', 'mg/dL'),
      type('crp-reference-range', '0.0-0.5 mg/dL', 'crpReferenceRange'), // the date is left out: a finding
      type('therapy-0-drug', 'Prednisone'),
      type('therapy-0-dose', '40 mg daily'),
      type('therapy-0-start', usDate(-300)),
      type('therapy-0-stop', usDate(-220)),
      type('therapy-0-outcome', IDENTIFIERS.outcome),
      click('hospitalization-yes', ['hospitalization', 'yes']),
      type('flares-12-months', '4', 'flares12'),
    ],
  },
];

/** Types one step's values as a person would: keys into fields, a choice in selects, Space on a
 *  radio (reached by keyboard, since a warning box may sit over it). */
export async function performStep(page: Page, step: Step): Promise<void> {
  await goToStep(page, step.id);
  for (const action of step.actions) {
    const target = byTestId(page, action.testId);
    if (action.kind === 'type') await target.pressSequentially(action.text);
    else if (action.kind === 'select') await target.selectOption(action.value);
    else {
      await target.focus();
      await page.keyboard.press('Space');
    }
  }
}

/** What the review step must show: [review key, text]. */
export const REVIEW_EXPECTED: [string, string][] = DEMO_STEPS.flatMap((s) => s.actions.flatMap((a) => (a.review ? [a.review] : [])));

/** Every text typed, for searching storage dumps. */
export const TYPED_TEXTS: string[] = [
  ...DEMO_STEPS.flatMap((s) => s.actions.flatMap((a) => (a.kind === 'type' ? [a.text] : []))),
  IDENTIFIERS.dobIso,
];
