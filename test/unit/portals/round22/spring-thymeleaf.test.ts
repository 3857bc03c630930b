import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Spring Boot 3 + Thymeleaf 3.1 (thymeleaf/thymeleaf at db31497, lib/thymeleaf-spring6: processor/
 * AbstractSpringFieldTagProcessor#computeId, util/FieldUtils#idFromName, processor/SpringInputCheckboxFieldTagProcessor,
 * processor/SpringSelectFieldTagProcessor) forms over a `PaRequestForm` bean, Bootstrap 5 markup:
 * - `th:field="*{memberId}"` writes `id="memberId" name="memberId" value="…"`; on a list element
 *   `th:field="*{priorTherapies[0].drug}"` writes `id="priorTherapies0.drug" name="priorTherapies[0].drug"` (the id
 *   is the name with "[" and "]" deleted); a `LocalDate` with `@DateTimeFormat(iso = DATE)` in `type="date"` shows
 *   yyyy-MM-dd.
 * - checkboxes: th:field adds the id sequence (`diagnosisCodes1`, `…2`; a boolean's `urgent1`, value "true"), read
 *   back by `th:for="${#ids.prev('diagnosisCodes')}"`, and inserts right after every box the field marker
 *   `<input type="hidden" name="_diagnosisCodes" value="on"/>` (renderHiddenMarkersBeforeCheckboxes is false by
 *   default); a multiple select gets its marker `_diagnosisCodes` = "1" inserted before it.
 * - `th:errorclass="is-invalid"` and `<div class="invalid-feedback" th:if="${#fields.hasErrors('npi')}"
 *   th:errors="*{npi}">` for a field with errors; a select th:field marks the bound option `selected="selected"`.
 */

type O = { type?: string; error?: string };
const input = (path: string, label: string, value: string, o: O = {}) => {
  const id = path.replace(/[[\]]/g, '');
  return `<div class="mb-3">\n  <label for="${id}" class="form-label">${label}</label>\n  <input type="${o.type ?? 'text'}" class="form-control${o.error ? ' is-invalid' : ''}" id="${id}" name="${path}" value="${value}">\n  ${o.error ? `<div class="invalid-feedback">${o.error}</div>` : ''}\n</div>`;
};
const select = (path: string, label: string, options: [string, string][], chosen: string | null) =>
  `<div class="mb-3">\n  <label for="${path}" class="form-label">${label}</label>\n  <select class="form-select" id="${path}" name="${path}">\n    <option value="">Select…</option>\n${options
    .map(([v, t]) => `    <option value="${v}"${v === chosen ? ' selected="selected"' : ''}>${t}</option>`)
    .join('\n')}\n  </select>\n</div>`;
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const checkboxes = (chosen: string[]) =>
  `<fieldset class="mb-3">\n  <legend class="col-form-label">ICD-10 codes</legend>\n${CODES.map(
    (c, i) =>
      `  <div class="form-check form-check-inline">\n    <input class="form-check-input" type="checkbox" value="${c}" id="diagnosisCodes${i + 1}" name="diagnosisCodes"${chosen.includes(c) ? ' checked="checked"' : ''}><input type="hidden" name="_diagnosisCodes" value="on"/>\n    <label class="form-check-label" for="diagnosisCodes${i + 1}">${c}</label>\n  </div>`,
  ).join('\n')}\n</fieldset>`;
const FREQ: [string, string][] = [
  ['Q4W', 'Every 4 weeks'],
  ['Q8W', 'Every 8 weeks'],
  ['ONCE', 'Once'],
];

const KEYS = [
  ['drug', 'Drug', 'text'],
  ['dose', 'Dose', 'text'],
  ['startDate', 'Start date', 'date'],
  ['stopDate', 'Stop date', 'date'],
  ['outcome', 'Outcome', 'text'],
] as const;
/** `<tr th:each="t, s : *{priorTherapies}">` with `th:field="*{priorTherapies[__${s.index}__].drug}"` per cell */
const therapyTable = () =>
  `<h2 class="h5">Prior therapies</h2>\n<table class="table table-sm">\n  <thead><tr>${KEYS.map(([, h]) => `<th scope="col">${h}</th>`).join('')}<th></th></tr></thead>\n  <tbody>\n${[
    0, 1,
  ]
    .map(
      (i) =>
        `    <tr>${KEYS.map(([k, , t]) => {
          const v = ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k === 'startDate' ? 'start' : k === 'stopDate' ? 'stop' : k}`];
          return `<td><input type="${t}" class="form-control form-control-sm" id="priorTherapies${i}.${k}" name="priorTherapies[${i}].${k}" value="${v}"></td>`;
        }).join('')}<td><button type="submit" class="btn btn-link btn-sm" name="removeTherapy" value="${i}">Remove</button></td></tr>`,
    )
    .join(
      '\n',
    )}\n  </tbody>\n</table>\n<button type="submit" class="btn btn-outline-secondary btn-sm" name="addTherapy">Add therapy</button>`;

const form = (body: string) =>
  `<div class="container py-4"><h1 class="h3">New prior authorization request</h1><form action="/requests" method="post">${body}<input type="hidden" name="_csrf" value="3c9a0b7e-54f1-4d4e-9b0a-2f6e1c8d7a90"/><button type="submit" class="btn btn-primary">Submit</button></form></div>`;

const fullPage = () =>
  form(`<h2 class="h5">Patient</h2>
${input('memberId', 'Member ID', ILARIS['patient.memberId'])}
${input('dateOfBirth', 'Date of birth', '1988-03-14', { type: 'date' })}
${input('weightKg', 'Weight (kg)', '72', { type: 'number' })}
<h2 class="h5">Diagnosis</h2>
${checkboxes(['M04.1', 'M06.1'])}
<h2 class="h5">Medication</h2>
${input('drugName', 'Drug name', ILARIS['drug.name'])}
${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
${input('ndc', 'NDC', ILARIS['drug.ndc'])}
${input('doseMg', 'Dose (mg)', '150', { type: 'number' })}
${input('billingUnits', 'Billing units', '150', { type: 'number' })}
${select('frequency', 'Frequency', FREQ, 'Q4W')}
<h2 class="h5">Labs</h2>
${input('crpMgL', 'CRP (mg/L)', '24', { type: 'number' })}
${input('crpDate', 'CRP collection date', '2026-11-02', { type: 'date' })}
${therapyTable()}
<h2 class="h5">Prescriber</h2>
${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`);

const WHOLE = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('Spring Boot + Thymeleaf th:field forms', () => {
  it('reads the full Ilaris request', () => {
    page(fullPage());
    expect(read()).toEqual(WHOLE);
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads checkboxes each followed by its _diagnosisCodes marker as the ticked codes', () => {
    page(form(checkboxes(['M04.1', 'M06.1'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('input[type=hidden]');
  });

  it('numbers list rows by their priorTherapies[i] names (ids priorTherapies0.drug) under the column headers', () => {
    page(form(therapyTable()));
    expect(read()).toEqual(ISO_THERAPIES);
  });

  it('reads a field with th:errors shown as empty, its invalid-feedback no label of the next field', () => {
    page(
      form(`${input('npi', 'Prescriber NPI', '', { error: 'must not be blank' })}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`),
    );
    expect(read()).toEqual({ 'prescriber.npi': '', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    expect(field('drug.hcpcs')?.label).toBe('HCPCS code');
  });

  it('reads a select on its empty first option as empty', () => {
    page(form(select('frequency', 'Frequency', FREQ, null)));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a multiple select (its _diagnosisCodes marker before it) as the chosen codes', () => {
    page(
      form(
        `<div class="mb-3">\n  <label for="diagnosisCodes" class="form-label">ICD-10 codes</label>\n  <input type="hidden" name="_diagnosisCodes" value="1"/><select class="form-select" multiple="multiple" id="diagnosisCodes" name="diagnosisCodes">\n${CODES.map((c, i) => `    <option value="${c}"${i < 2 ? ' selected="selected"' : ''}>${c}</option>`).join('\n')}\n  </select>\n</div>`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('takes nothing from the _urgent marker after a boolean checkbox nor the _csrf token', () => {
    page(
      form(
        `<div class="form-check mb-3">\n  <input class="form-check-input" type="checkbox" id="urgent1" name="urgent" value="true" checked="checked"><input type="hidden" name="_urgent" value="on"/>\n  <label class="form-check-label" for="urgent1">Urgent review</label>\n</div>${input('memberId', 'Member ID', ILARIS['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('input[type=hidden]');
  });
});
