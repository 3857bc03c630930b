import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Quill 2.0.3 (slab/quill at 539cbff: packages/quill/src/core/quill.ts, modules/toolbar.ts, themes/base.ts,
 * themes/snow.ts, ui/picker.ts, ui/tooltip.ts, assets/icons/dropdown.svg), snow theme, in a Bootstrap form:
 * - `new Quill('#notes', { theme: 'snow', modules: { toolbar: [...] } })`: the toolbar is built as
 *   `div.ql-toolbar.ql-snow[role=toolbar]` inserted BEFORE the container, of `span.ql-formats` groups:
 *   `button[type=button].ql-<format>[aria-pressed=false][aria-label=<format>(: <value>)]` with an svg icon;
 *   a select (`addSelect`: options with no text, the `false` one `selected` with no value) becomes a
 *   Picker: `span.ql-<format>.ql-picker` (the select's attributes copied) > `span.ql-picker-label[tabindex=0]
 *   [role=button][aria-expanded][aria-controls=ql-picker-options-N]` (the dropdown svg; the chosen item's
 *   `data-value`/`data-label` copied onto it, the text drawn by CSS) + `span.ql-picker-options#ql-picker-
 *   options-N[aria-hidden][tabindex=-1]` of `span.ql-picker-item[tabindex=0][role=button][data-value]`
 *   (`ql-selected` on the chosen one), then the original select with `style="display: none;"`. Open:
 *   `ql-expanded` on the picker, aria-expanded "true", the options aria-hidden "false".
 * - The container `div.ql-container.ql-snow` > `div.ql-editor[contenteditable=true][data-placeholder]`
 *   (`ql-blank` while empty) + the SnowTooltip `div.ql-tooltip` (`ql-hidden` while hidden) > `a.ql-preview`,
 *   `input[type=text][data-formula][data-link][data-video]` (placeholder set from data-link when editing),
 *   `a.ql-action`, `a.ql-remove`; editing a link: `ql-editing`, `data-mode="link"`, inline left/top; the
 *   preview of a link under the caret: no `ql-hidden`, the href in `a.ql-preview`. No role or label on the
 *   editor: the app's label names nothing (`<label>` with no `for`, as Quill's docs' form playground does),
 *   and the HTML goes to the server through a hidden input.
 */

const svgIcon =
  '<svg viewBox="0 0 18 18"><path class="ql-stroke" d="M5,4H9.5A2.5,2.5,0,0,1,12,6.5v0A2.5,2.5,0,0,1,9.5,9H5A0,0,0,0,1,5,9V4A0,0,0,0,1,5,4Z"></path></svg>';
const dropdownSvg =
  '<svg viewBox="0 0 18 18"><polygon class="ql-stroke" points="7 11 9 13 11 11 7 11"></polygon><polygon class="ql-stroke" points="7 7 9 5 11 7 7 7"></polygon></svg>';

let pickerN = 0;
/** a Picker over its hidden select; `values` as the toolbar config lists them, `false` the default */
function picker(format: string, values: (string | false)[], chosen: string | false = false, open = false): string {
  const id = `ql-picker-options-${pickerN++}`;
  const items = values
    .map(
      (v) =>
        `<span tabindex="0" role="button" class="ql-picker-item${v === chosen ? ' ql-selected' : ''}"${v === false ? '' : ` data-value="${v}"`}></span>`,
    )
    .join('');
  const options = values.map((v) => (v === false ? '<option selected="selected"></option>' : `<option value="${v}"></option>`)).join('');
  return `<span class="ql-${format} ql-picker${open ? ' ql-expanded' : ''}"><span class="ql-picker-label" tabindex="0" role="button" aria-expanded="${open}" aria-controls="${id}"${chosen === false ? '' : ` data-value="${chosen}"`}>${dropdownSvg}</span><span class="ql-picker-options" aria-hidden="${!open}" tabindex="-1" id="${id}">${items}</span></span><select class="ql-${format}" style="display: none;">${options}</select>`;
}

const button = (format: string, value?: string) =>
  `<button type="button" class="ql-${format}" aria-pressed="false" aria-label="${value ? `${format}: ${value}` : format}"${value ? ` value="${value}"` : ''}>${svgIcon}</button>`;

const toolbar = (o: { headerOpen?: boolean; size?: string } = {}) =>
  `<div class="ql-toolbar ql-snow" role="toolbar"><span class="ql-formats">${picker('header', ['1', '2', '3', false], false, o.headerOpen)}</span><span class="ql-formats">${picker('size', ['small', false, 'large', 'huge'], o.size ?? false)}</span><span class="ql-formats">${button('bold')}${button('italic')}${button('underline')}${button('link')}</span><span class="ql-formats">${button('list', 'ordered')}${button('list', 'bullet')}</span><span class="ql-formats">${button('clean')}</span></div>`;

type Tooltip = { mode: 'hidden' } | { mode: 'editing'; typed: string } | { mode: 'preview'; href: string };

const tooltip = (t: Tooltip) => {
  const cls = t.mode === 'hidden' ? 'ql-tooltip ql-hidden' : t.mode === 'editing' ? 'ql-tooltip ql-editing' : 'ql-tooltip';
  const attrs =
    t.mode === 'editing'
      ? ' data-mode="link" style="left: 112px; top: 46px;"'
      : t.mode === 'preview'
        ? ' style="left: 98px; top: 46px;"'
        : '';
  const href = t.mode === 'preview' ? t.href : 'about:blank';
  return `<div class="${cls}"${attrs}><a class="ql-preview" rel="noopener noreferrer" target="_blank" href="${href}">${t.mode === 'preview' ? t.href : ''}</a><input type="text" data-formula="e=mc^2" data-link="https://quilljs.com" data-video="Embed URL"${t.mode === 'editing' ? ` placeholder="https://quilljs.com" value="${t.typed}"` : ''}><a class="ql-action"></a><a class="ql-remove"></a></div>`;
};

const NOTES =
  '<p>Recurrent TRAPS flares despite colchicine, see <a href="https://ehr.example.org/notes/88123" rel="noopener noreferrer" target="_blank">rheumatology consult</a>.</p><p>CRP 24 mg/L on 11/02/2026; dose 150 mg every 4 weeks.</p>';

/** the app's block: a label naming nothing, the toolbar, the container, the hidden input posting its HTML */
const quill = (o: { notes?: string; tooltip?: Tooltip; headerOpen?: boolean; size?: string; disabled?: boolean } = {}) =>
  `<div class="mb-3"><label class="form-label">Clinical notes</label>${toolbar(o)}<div id="notes" class="ql-container ql-snow${o.disabled ? ' ql-disabled' : ''}"><div class="ql-editor${o.notes === '<p><br></p>' ? ' ql-blank' : ''}" contenteditable="${!o.disabled}" data-placeholder="Summarize the clinical history…">${o.notes ?? NOTES}</div>${tooltip(o.tooltip ?? { mode: 'hidden' })}</div><input type="hidden" name="clinical_notes" value=""></div>`;

const input = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;

const frequency = `<div class="mb-3"><label for="frequency" class="form-label">Frequency</label><select class="form-select" id="frequency" name="frequency"><option value="">Choose…</option><option selected>Every 4 weeks</option><option>Every 8 weeks</option></select></div>`;

const therapies = `<h3 class="h5">Prior therapies</h3><table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
  (r, i) =>
    `<tr>${r.map((v, c) => `<td><input type="text" class="form-control form-control-sm" name="therapy_${i}_${c}" value="${v}"></td>`).join('')}</tr>`,
).join('')}</tbody></table>`;

const request = (notes: string, o: { labs?: boolean } = {}) =>
  `<main class="container"><form id="pa-request"><h2 class="h4">Patient</h2>${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}<h2 class="h4">Medication</h2>${input('drug', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${frequency}<h2 class="h4">Clinical information</h2>${input('icd', 'ICD-10 codes', 'M04.1, M06.1')}${o.labs === false ? '' : `${input('crp', 'CRP (mg/L)', '24')}${input('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}`}${notes}${therapies}<h2 class="h4">Prescriber</h2>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit" class="btn btn-primary">Submit</button></form></main>`;

const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };
/** the request of a form asking for the labs in the notes alone */
const { 'labs.crpValue': _crp, 'labs.crpDate': _crpDate, ...NO_LABS } = FULL;

describe('Quill 2 (snow theme): a clinical notes editor among the request fields', () => {
  it('reads the full Ilaris request around a Quill editor with its toolbar', () => {
    page(request(quill()));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads nothing from the toolbar: its pickers, their items and the hidden selects under them', () => {
    page(request(quill({ size: 'large' })));
    nothingFrom('.ql-toolbar');
    expect(read()).toEqual(FULL);
  });

  it('reads nothing from an open header picker showing its items', () => {
    page(request(quill({ headerOpen: true })));
    nothingFrom('.ql-toolbar');
    expect(read()).toEqual(FULL);
  });

  it('reads nothing from the hidden link tooltip after notes naming CRP, a dose and a date', () => {
    page(request(quill()));
    nothingFrom('.ql-tooltip');
    expect(field('labs.crpValue')?.label).toBe('CRP (mg/L)');
  });

  it('claims no CRP value from the hidden link tooltip when the labs are written in the notes alone', () => {
    page(request(quill(), { labs: false }));
    expect(read()).toEqual(NO_LABS);
    nothingFrom('.ql-tooltip');
  });

  it('reads no URL typed into the open link tooltip as a request value', () => {
    page(request(quill({ tooltip: { mode: 'editing', typed: 'https://ehr.example.org/labs/crp-2026-11-02' } })));
    nothingFrom('.ql-tooltip');
    expect(read()).toEqual(FULL);
  });

  it('reads no URL typed into the open link tooltip as the CRP value when the labs are in the notes alone', () => {
    page(request(quill({ tooltip: { mode: 'editing', typed: 'https://ehr.example.org/labs/crp-2026-11-02' } }), { labs: false }));
    expect(read()).toEqual(NO_LABS);
  });

  it('reads nothing from the link preview tooltip shown under the caret', () => {
    page(request(quill({ tooltip: { mode: 'preview', href: 'https://ehr.example.org/notes/88123' } })));
    nothingFrom('.ql-tooltip');
    expect(read()).toEqual(FULL);
  });

  it('reads nothing from a table pasted into the notes (a list of past requests)', () => {
    const pasted = `<p>Past requests:</p><table><tbody><tr><td data-row="row-k2a1">Drug</td><td data-row="row-k2a1">Dose</td><td data-row="row-k2a1">Decision</td></tr><tr><td data-row="row-p7c3">Kineret (anakinra)</td><td data-row="row-p7c3">100 mg</td><td data-row="row-p7c3">Approved 06/2026</td></tr></tbody></table><p><br></p>`;
    page(request(quill({ notes: pasted })));
    nothingFrom('.ql-editor');
    expect(read()).toEqual(FULL);
  });

  it('reads the request behind an open "Add clinical note" modal holding a Quill editor and its link tooltip', () => {
    const modal = `<div class="modal fade show" id="noteModal" tabindex="-1" aria-labelledby="noteModalLabel" aria-modal="true" role="dialog" style="display: block;"><div class="modal-dialog modal-lg"><div class="modal-content"><div class="modal-header"><h1 class="modal-title fs-5" id="noteModalLabel">Add clinical note</h1><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button></div><div class="modal-body">${quill({ tooltip: { mode: 'editing', typed: 'https://ehr.example.org/notes/88123' } })}</div><div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">Cancel</button><button type="button" class="btn btn-primary">Save note</button></div></div></div></div><div class="modal-backdrop fade show"></div>`;
    page(request('') + modal);
    expect(read()).toEqual(FULL);
    nothingFrom('.modal');
  });

  it('reads the request with an empty editor showing its placeholder, and a disabled one', () => {
    page(request(quill({ notes: '<p><br></p>' })));
    expect(read()).toEqual(FULL);
    page(request(quill({ disabled: true })));
    expect(read()).toEqual(FULL);
    nothingFrom('.ql-container');
  });
});
