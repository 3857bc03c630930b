import type { Locator, Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { useHarness } from './fixture';
import {
  clickFix,
  daysAgo,
  eventually,
  frames,
  hostPaths,
  rulesFor,
  savedRequest,
  shownProblems,
  waitForNoRule,
  waitForRule,
} from './helpers';

/**
 * The reader on the same PA form built from two component libraries (test/portal/FIELDS.md,
 * "Component-library pages"):
 * - Angular Material (material.html): `<mat-select>` comboboxes whose value is only their text
 *   and whose options live in a CDK overlay at the end of <body>, a `<mat-chip-grid>` of codes;
 * - MUI (mui.html, React-controlled): Selects whose value sits in an aria-hidden native input
 *   beside a `div[role=combobox]`, a menu portalled to the end of <body>, Autocomplete chips; a
 *   fix must reach React state (the native value setter, not `el.value`).
 * Fields are found as staff find them: by their label, within their section.
 */

const harness = useHarness();

interface Library {
  name: string;
  page: string;
  /** where a select's open list lives (no warning may land there) */
  overlay: string;
  /** the text of each diagnosis chip */
  chipText: string;
  /** the wrapper of one form field (a warning sits beside it) */
  fieldBox: string;
}

const LIBRARIES: Library[] = [
  {
    name: 'Angular Material',
    page: '/material.html',
    overlay: '.cdk-overlay-container',
    chipText: 'mat-chip-row .mdc-evolution-chip__text-label',
    fieldBox: 'mat-form-field',
  },
  {
    name: 'MUI',
    page: '/mui.html',
    overlay: '.MuiModal-root',
    chipText: '.MuiAutocomplete-tag .MuiChip-label',
    fieldBox: '.MuiFormControl-root',
  },
];

let page: Page;
afterEach(async () => {
  await page?.close();
  expect(harness().errors).toEqual([]);
});

interface Model {
  units: string;
  crpUnit: string;
  diagnosisCodes: string[];
  ndcQuantity: string;
  ndcUnit: string;
}
const model = (p: Page): Promise<Model> => p.evaluate(() => (window as unknown as { __model: Model }).__model);

const section = (p: Page, title: string): Locator =>
  p.locator('.pa-section').filter({ has: p.getByRole('heading', { name: title, exact: true }) });

const field = (p: Page, label: string): Locator => p.getByRole('textbox', { name: label, exact: true });

async function type(p: Page, label: string, text: string): Promise<void> {
  await field(p, label).pressSequentially(text);
}

/** Opens a select of a section (by its label) and clicks an option in the overlay. */
async function choose(p: Page, sectionTitle: string, label: string, option: string): Promise<void> {
  const combobox = section(p, sectionTitle).getByRole('combobox', { name: new RegExp(`^${label}\\b`) });
  await combobox.click();
  await p.getByRole('listbox').getByRole('option', { name: option, exact: true }).click();
  await eventually(
    () => combobox.getAttribute('aria-expanded'),
    (v) => v === 'false',
    `${label} closed`,
  );
}

async function addCode(p: Page, code: string): Promise<void> {
  const input = p.getByLabel('Diagnosis codes (ICD-10)', { exact: true });
  await input.pressSequentially(code);
  await input.press('Enter');
}

/** A complete, correct Ilaris request for CAPS (150 mg for a 70 kg adult, one 150 mg/1 mL vial). */
async function fillCorrectRequest(p: Page): Promise<void> {
  await type(p, 'Patient name', 'Jordan Q. Sample');
  await type(p, 'Member ID', 'U9876543201');
  await type(p, 'Date of birth', '04/12/1988');
  await type(p, 'Weight', '70'); // the unit select starts on kg
  await addCode(p, 'M04.2');
  await type(p, 'Medication', 'Ilaris');
  await type(p, 'HCPCS code', 'J0638');
  await type(p, 'NDC', '00078-0734-61');
  await type(p, 'NDC quantity', '1');
  await choose(p, 'Medication', 'Unit of measure', 'ML (milliliter)');
  await type(p, 'Dose', '150');
  await type(p, 'Billing units', '150');
  await type(p, 'CRP result', '45');
  await choose(p, 'Laboratory results', 'Unit', 'mg/L');
  await type(p, 'CRP collection date', daysAgo(5));
}

describe.each(LIBRARIES)('$name', (lib) => {
  describe(`${lib.name} widgets: reading`, () => {
    it('reads a complete correct request, units from the custom selects and codes from the chips, and shows no problem', async () => {
      page = await harness().open(lib.page);
      await fillCorrectRequest(page);
      // the app itself holds the request (the page works; what follows is the reader's part)
      expect(await model(page)).toMatchObject({ crpUnit: 'mg/L', units: '150', diagnosisCodes: ['M04.2'] });

      const values = await savedRequest(
        harness(),
        (v) => v['drug.name'] === 'Ilaris' && v['labs.crpUnit'] === 'mg/L' && v['diagnosis.codes.0'] === 'M04.2',
        'CRP unit (custom select) and the diagnosis chip read',
      );
      expect(values).toMatchObject({
        'patient.memberId': 'U9876543201',
        'patient.weight': '70',
        'patient.weightUnit': 'kg',
        'drug.hcpcs': 'J0638',
        'drug.dose': '150',
        'drug.units': '150',
        'labs.crpValue': '45',
        'labs.crpUnit': 'mg/L',
        'labs.crpDate': daysAgo(5),
        'diagnosis.codes.0': 'M04.2',
        'drug.ndcQuantity': '1',
      });
      // the chip's text, not its remove icon's ligature ("M04.2cancel") nor a second code from the input
      expect(values['diagnosis.codes.1']).toBeUndefined();
      // the NDC unit of measure is a select of its own (shown as "ML (milliliter)")
      expect(values['drug.ndcUnit'] ?? '').toMatch(/^ML\b/);

      await frames(page);
      expect(await shownProblems(page)).toEqual([]);
    });

    it('shows no error on the empty form before anything is typed', async () => {
      page = await harness().open(lib.page);
      await field(page, 'Patient name').waitFor();
      await frames(page);
      await page.waitForTimeout(500);
      await frames(page);
      expect(await shownProblems(page)).toEqual([]);
    });
  });

  describe(`${lib.name} widgets: findings`, () => {
    it('compares the CRP in the unit chosen in the custom select, and warns beside the CRP field, never after a hidden input', async () => {
      page = await harness().open(lib.page);
      await addCode(page, 'M06.1'); // Still's disease: the CRP criterion applies
      await type(page, 'Medication', 'Ilaris');
      await type(page, 'CRP result', '0.8');
      await choose(page, 'Laboratory results', 'Unit', 'mg/dL');
      await type(page, 'CRP collection date', daysAgo(5));
      // 0.8 mg/dL = 8 mg/L, below 10 mg/L: compared, not "has no unit"
      await waitForRule(page, 'labs.crpValue', 'crp-below-threshold');
      expect(await rulesFor(page, 'labs.crpValue')).not.toContain('crp-unit-suspect');
      // 2 mg/dL = 20 mg/L is enough; the same 2 in mg/L is not
      const crp = field(page, 'CRP result');
      await crp.press('ControlOrMeta+a');
      await crp.pressSequentially('2');
      await waitForNoRule(page, 'labs.crpValue', 'crp-below-threshold');
      await choose(page, 'Laboratory results', 'Unit', 'mg/L');
      await waitForRule(page, 'labs.crpValue', 'crp-below-threshold');

      const placement = await page.locator('[data-preflight-for="labs.crpValue"]').evaluate((host) => ({
        afterHidden: host.previousElementSibling?.matches('[aria-hidden="true"]') ?? false,
        insideHidden: host.parentElement?.closest('[aria-hidden="true"]') !== null,
        inLabs: host.closest('.pa-section')?.querySelector('h2')?.textContent ?? null,
      }));
      expect(placement).toEqual({ afterHidden: false, insideHidden: false, inLabs: 'Laboratory results' });
      // no host anywhere sits behind a hidden input (MUI's nativeInput) or inside the overlay
      const misplaced = await page
        .locator('[data-preflight-for]')
        .evaluateAll(
          (hosts, overlay) =>
            hosts
              .filter((h) => h.previousElementSibling?.matches('input[aria-hidden="true"]') || h.closest(overlay))
              .map((h) => h.getAttribute('data-preflight-for')),
          lib.overlay,
        );
      expect(misplaced).toEqual([]);
    });
  });

  describe(`${lib.name} widgets: fixes reach the app`, () => {
    it("sets the billing units through the input, into the app's model", async () => {
      page = await harness().open(lib.page);
      await type(page, 'Weight', '70');
      await addCode(page, 'M04.2');
      await type(page, 'Medication', 'Ilaris');
      await type(page, 'Dose', '150');
      await type(page, 'Billing units', '1');
      await waitForRule(page, 'drug.units', 'units-equal-mg');
      await clickFix(page, 'drug.units', 'units-equal-mg');
      await waitForNoRule(page, 'drug.units', 'units-equal-mg');
      expect(await field(page, 'Billing units').inputValue()).toBe('150');
      await eventually(
        () => model(page),
        (m) => m.units === '150',
        'the model holds 150 units',
      );
    });

    it('replaces a wrong diagnosis chip with the suggested code, in the chip list and the model', async () => {
      page = await harness().open(lib.page);
      await addCode(page, 'E85.0'); // amyloidosis in ICD-10-CM; FMF is M04.1
      await type(page, 'Medication', 'Ilaris');
      await waitForRule(page, 'diagnosis.codes.0', 'icd10-fmf-e850');
      await clickFix(page, 'diagnosis.codes.0', 'icd10-fmf-e850');
      await eventually(
        () => model(page),
        (m) => JSON.stringify(m.diagnosisCodes) === '["M04.1"]',
        'the model holds M04.1 only',
      );
      const chips = await page.locator(lib.chipText).allTextContents();
      expect(chips.map((t) => t.trim())).toEqual(['M04.1']);
      await waitForNoRule(page, 'diagnosis.codes.0', 'icd10-fmf-e850');
    });
  });

  describe(`${lib.name} widgets: a fix through a custom select`, () => {
    it('sets the NDC quantity and chooses its unit of measure in the select, into the app', async () => {
      page = await harness().open(lib.page);
      await type(page, 'Medication', 'Ilaris');
      await type(page, 'Dose', '150');
      await type(page, 'NDC quantity', '1');
      await choose(page, 'Medication', 'Unit of measure', 'GR (gram)');
      // grams do not fit a solution in 1 mL vials: ML1 is the quantity, split over the two controls
      await waitForRule(page, 'drug.ndcQuantity', 'ndc-quantity');
      await clickFix(page, 'drug.ndcQuantity', 'ndc-quantity');
      await eventually(
        () => model(page),
        (m) => m.ndcUnit === 'ML' && m.ndcQuantity === '1',
        'the model holds ML and 1',
      );
      await waitForNoRule(page, 'drug.ndcQuantity', 'ndc-quantity');
      expect(await page.getByRole('combobox', { name: /^Unit of measure/ }).textContent()).toContain('ML');
    });
  });

  describe(`${lib.name} widgets: re-render`, () => {
    it('keeps exactly one warning host per finding when the form is rebuilt', async () => {
      page = await harness().open(lib.page);
      await addCode(page, 'M06.1');
      await type(page, 'Medication', 'Ilaris');
      await type(page, 'Dose', '280');
      await type(page, 'Billing units', '1');
      await type(page, 'CRP result', '0.8');
      await choose(page, 'Laboratory results', 'Unit', 'mg/dL');
      await waitForRule(page, 'drug.units', 'units-equal-mg');
      await waitForRule(page, 'labs.crpValue', 'crp-below-threshold');

      const before = await field(page, 'Billing units').elementHandle();
      await page.getByRole('button', { name: 'Re-render form' }).click();
      await eventually(
        () => before!.evaluate((el) => el.isConnected),
        (c) => !c,
        'old nodes replaced',
      );
      await waitForRule(page, 'drug.units', 'units-equal-mg');
      await waitForRule(page, 'labs.crpValue', 'crp-below-threshold');
      await frames(page);
      const paths = await hostPaths(page);
      expect(paths.filter((p, i) => paths.indexOf(p) !== i)).toEqual([]);
      expect(await page.locator('[data-preflight-for="drug.units"]').count()).toBe(1);
      const input = await field(page, 'Billing units').elementHandle();
      const attached = await page.locator('[data-preflight-for="drug.units"]').evaluate(
        (host, [input, box]) => {
          const wrapper = (input as Element).closest(box as string);
          return {
            connected: host.isConnected,
            besideField:
              host.closest(box as string) === wrapper || host.previousElementSibling === input || host.previousElementSibling === wrapper,
          };
        },
        [input, lib.fieldBox] as const,
      );
      expect(attached).toEqual({ connected: true, besideField: true });
    });
  });
});
