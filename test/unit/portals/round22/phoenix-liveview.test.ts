import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Phoenix 1.8 LiveView core components (phoenixframework/phoenix at 167c469, 1.9.0-dev:
 * installer/templates/phx_web/components/core_components.ex.eex `input/1` clauses, `error/1`, `header/1`, `flash/1`,
 * `icon/1`; layouts.ex.eex `app/1`): every input is `div.fieldset.mb-2` > `label[for=id]` wrapping
 * `span.label.mb-1` (the label text) and the control (`input.w-full.input`, `select.w-full.select` with an
 * `option[value=""]` prompt, `textarea`), errors after the label as `p.mt-1.5.text-error` holding an empty
 * `span.hero-exclamation-circle` icon and the message, the control classed `input-error`; a checkbox is
 * `label[for] > input[type=hidden][value=false]` + `span.label > input[type=checkbox][value=true]` + the label text.
 * Names and ids come from the form (`to_form(changeset, as: "request")`: `request[drug_name]`, `request_drug_name`);
 * `<.inputs_for>` (Phoenix.Component) writes each nested form's hidden `_persistent_id` (and `id` when persisted)
 * without ids before its fields, names `request[prior_therapies][0][drug]`, ids `request_prior_therapies_0_drug`;
 * the LiveView docs' sort/drop params add `request[prior_therapies_sort][]` hidden inputs, drop buttons and a
 * trailing empty `request[prior_therapies_drop][]`. The LiveView root `div[data-phx-main]` and the flash group
 * (closed client/server error flashes `hidden`) are as Phoenix renders them.
 */

type O = { type?: string; error?: string; extra?: string };
const fieldId = (attr: string) => `request_${attr}`;
const errorP = (msg?: string) =>
  msg
    ? `<p class="mt-1.5 flex gap-2 items-center text-sm text-error"><span class="hero-exclamation-circle size-5"></span>\n      ${msg}\n    </p>`
    : '';

/** `<.input field={@form[attr]} label=… />` for text, number, date… */
const input = (attr: string, label: string, value: string, o: O = {}, name = `request[${attr}]`, id = fieldId(attr)) =>
  `<div class="fieldset mb-2">\n  <label for="${id}">\n    <span class="label mb-1">${label}</span>\n    <input type="${o.type ?? 'text'}" name="${name}" id="${id}"${value ? ` value="${value}"` : ''} class="w-full input${o.error ? ' input-error' : ''}"${o.extra ?? ''}>\n  </label>\n  ${errorP(o.error)}\n</div>`;

const select = (
  attr: string,
  label: string,
  options: [string, string][],
  chosen: string[],
  o: { prompt?: string; multiple?: boolean } = {},
) =>
  `<div class="fieldset mb-2">\n  <label for="${fieldId(attr)}">\n    <span class="label mb-1">${label}</span>\n    <select id="${fieldId(attr)}" name="request[${attr}]${o.multiple ? '[]' : ''}" class="w-full select"${o.multiple ? ' multiple' : ''}>${o.prompt ? `<option value="">${o.prompt}</option>` : ''}${options
    .map(([t, v]) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${t}</option>`)
    .join('')}</select>\n  </label>\n  \n</div>`;

const checkbox = (attr: string, label: string, checked: boolean) =>
  `<div class="fieldset mb-2">\n  <label for="${fieldId(attr)}">\n    <input type="hidden" name="request[${attr}]" value="false">\n    <span class="label">\n      <input type="checkbox" id="${fieldId(attr)}" name="request[${attr}]" value="true"${checked ? ' checked' : ''} class="checkbox checkbox-sm">${label}\n    </span>\n  </label>\n  \n</div>`;

const FREQ: [string, string][] = [
  ['Every 4 weeks', 'q4w'],
  ['Every 8 weeks', 'q8w'],
  ['Once', 'once'],
];
const CODES: [string, string][] = [
  ['M04.1', 'M04.1'],
  ['M06.1', 'M06.1'],
  ['M04.8', 'M04.8'],
];

/** `<.inputs_for :let={pt} field={@form[:prior_therapies]}>` with the docs' sort/drop params */
const therapies = (rows: (0 | 1 | null)[], persisted = true) =>
  `<h2 class="text-base font-semibold">Prior therapies</h2>\n${rows
    .map((i, n) => {
      const p = (k: string) => `request[prior_therapies][${n}][${k}]`;
      const id = (k: string) => `request_prior_therapies_${n}_${k}`;
      const v = (k: 'drug' | 'dose' | 'start' | 'stop' | 'outcome') => (i === null ? '' : ISO_THERAPIES[`priorTherapies.${i}.${k}`]);
      return `<input type="hidden" name="${p('_persistent_id')}" value="${n}">${persisted && i !== null ? `<input type="hidden" name="${p('id')}" value="${40 + n}">` : ''}<div class="border-b border-base-300 pb-2">\n<input type="hidden" name="request[prior_therapies_sort][]" value="${n}">${(
        [
          ['drug', 'Drug', 'text'],
          ['dose', 'Dose', 'text'],
          ['start', 'Start date', 'date'],
          ['stop', 'Stop date', 'date'],
          ['outcome', 'Outcome', 'text'],
        ] as const
      )
        .map(([k, l, t]) => input(k, l, v(k), { type: t }, p(k), id(k)))
        .join(
          '',
        )}<button type="button" name="request[prior_therapies_drop][]" value="${n}" phx-click="[[&quot;dispatch&quot;,{&quot;event&quot;:&quot;change&quot;}]]" class="btn btn-ghost btn-sm"><span class="hero-x-mark size-4"></span> Remove</button>\n</div>`;
    })
    .join(
      '',
    )}<input type="hidden" name="request[prior_therapies_drop][]">\n<button type="button" name="request[prior_therapies_sort][]" value="new" phx-click="[[&quot;dispatch&quot;,{&quot;event&quot;:&quot;change&quot;}]]" class="btn btn-soft btn-sm">Add therapy</button>`;

const flashGroup = `<div id="flash-group" aria-live="polite"><div id="client-error" phx-click="[[&quot;push&quot;,{&quot;event&quot;:&quot;lv:clear-flash&quot;}]]" role="alert" class="toast toast-top toast-end z-50" phx-connected="[[&quot;hide&quot;,{&quot;to&quot;:&quot;#client-error&quot;}]]" phx-disconnected="[[&quot;show&quot;,{&quot;to&quot;:&quot;.phx-client-error #client-error&quot;}]]" hidden=""><div class="alert w-80 sm:w-96 max-w-80 sm:max-w-96 text-wrap alert-error"><span class="hero-exclamation-circle size-5 shrink-0"></span><div><p class="font-semibold">We can't find the internet</p><p>Attempting to reconnect <span class="hero-arrow-path ml-1 size-3 motion-safe:animate-spin"></span></p></div><div class="flex-1"></div><button type="button" class="group self-start cursor-pointer" aria-label="close"><span class="hero-x-mark size-5 opacity-40 group-hover:opacity-70"></span></button></div></div></div>`;

const liveView = (body: string) =>
  `<div id="phx-GBx7kQ2mR5sAAABh" data-phx-main="" data-phx-session="SFMyNTY.g2gDaAJhBnQAAAAIdwJpZG0AAAAUcGh4" data-phx-static="SFMyNTY.g2gDaAJhBnQAAAADdwJpZA" class="phx-connected"><main class="px-4 py-20 sm:px-6 lg:px-8"><div class="mx-auto max-w-2xl space-y-4"><header class="pb-4"><div><h1 class="text-lg font-semibold leading-8">New prior authorization request</h1><p class="text-sm text-base-content/70">Fields marked by the plan are required.</p></div><div class="flex-none"></div></header><form id="request-form" phx-change="validate" phx-submit="save">${body}<footer><button class="btn btn-primary btn-soft" phx-disable-with="Saving...">Save request</button></footer></form></div></main>${flashGroup}</div>`;

const fullPage = () =>
  liveView(`<h2 class="text-base font-semibold">Patient</h2>
${input('member_id', 'Member ID', ILARIS['patient.memberId'])}
${input('date_of_birth', 'Date of birth', '1988-03-14', { type: 'date' })}
${input('weight_kg', 'Weight (kg)', '72', { type: 'number', extra: ' step="any"' })}
<h2 class="text-base font-semibold">Diagnosis</h2>
${select('icd10_codes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true })}
<h2 class="text-base font-semibold">Medication</h2>
${input('drug_name', 'Drug name', ILARIS['drug.name'])}
${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
${input('ndc', 'NDC', ILARIS['drug.ndc'])}
${input('dose_mg', 'Dose (mg)', '150', { type: 'number' })}
${input('billing_units', 'Billing units', '150', { type: 'number' })}
${select('frequency', 'Frequency', FREQ, ['q4w'], { prompt: 'Choose a frequency' })}
<h2 class="text-base font-semibold">Labs</h2>
${input('crp_mg_l', 'CRP (mg/L)', '24', { type: 'number', extra: ' step="any"' })}
${input('crp_collected_on', 'CRP collection date', '2026-11-02', { type: 'date' })}
${therapies([0, 1])}
<h2 class="text-base font-semibold">Prescriber</h2>
${input('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`);

const WHOLE = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('Phoenix 1.8 LiveView core components: .input, .inputs_for, select with prompt, checkbox', () => {
  it('reads the full Ilaris request', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('names an input by the span.label its label wraps', () => {
    page(
      liveView(
        `${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('prescriber_npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads an input with its error shown as empty, the message no label of the next field', () => {
    page(
      liveView(
        `${input('prescriber_npi', 'Prescriber NPI', '', { error: "can't be blank" })}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it('reads a select still on its prompt as empty', () => {
    page(liveView(select('frequency', 'Frequency', FREQ, [], { prompt: 'Choose a frequency' })));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a multiple select as its chosen codes', () => {
    page(liveView(select('icd10_codes', 'ICD-10 codes', CODES, ['M04.1', 'M06.1'], { multiple: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('numbers inputs_for rows by their index, taking nothing from the _persistent_id, sort and drop inputs', () => {
    page(liveView(therapies([0, 1])));
    expect(read()).toEqual(ISO_THERAPIES);
    nothingFrom('input[type=hidden]');
    nothingFrom('button');
  });

  it('reads a row just added (blank, not yet persisted) as an empty therapy after the others', () => {
    page(liveView(therapies([0, 1, null])));
    expect(read()).toEqual({
      ...ISO_THERAPIES,
      'priorTherapies.2.drug': '',
      'priorTherapies.2.dose': '',
      'priorTherapies.2.start': '',
      'priorTherapies.2.stop': '',
      'priorTherapies.2.outcome': '',
    });
  });

  it('takes nothing from the hidden "false" input before a checkbox, the box itself claiming no request path', () => {
    page(liveView(`${checkbox('urgent', 'Urgent review requested', true)}${input('member_id', 'Member ID', ILARIS['patient.memberId'])}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('input[type=hidden]');
    noDuplicatePaths();
  });
});
