import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * CKEditor 5 v48.4 classic editor (ckeditor/ckeditor5 at 20b0749: packages/ckeditor5-editor-classic/src/
 * classiceditorui.ts, classiceditoruiview.ts; ckeditor5-ui/src/editorui/boxed/boxededitoruiview.ts,
 * editorui/bodycollection.ts, editableui/inline/inlineeditableuiview.ts, labeledfield/labeledfieldview.ts,
 * input/inputbase.ts, formheader/formheaderview.ts, formrow/formrowview.ts; ckeditor5-link/src/ui/
 * linkformview.ts):
 * - `ClassicEditor.create(textarea)`: the textarea hidden (`style="display: none;"`, its value updated on
 *   submit), the editor inserted after it: `div.ck.ck-reset.ck-editor.ck-rounded-corners[role=application]
 *   [aria-labelledby]` > `label.ck.ck-label.ck-voice-label` "Rich Text Editor", `div.ck.ck-editor__top
 *   .ck-reset_all[role=presentation]` > sticky panel > `div.ck.ck-toolbar[role=toolbar][aria-label="Editor
 *   toolbar"]` > `div.ck-toolbar__items`: the heading dropdown (`button.ck-dropdown__button[aria-haspopup]
 *   [aria-expanded]` showing "Paragraph" in `span.ck-button__label`, its panel `div.ck-dropdown__panel`,
 *   filled when opened with `ul.ck-list[role=menu]` of `button[role=menuitemradio][aria-checked]`), buttons
 *   (`button.ck.ck-button.ck-off[aria-labelledby][aria-pressed]` with an svg and a label span), then
 *   `div.ck.ck-editor__main[role=presentation]` > `div.ck.ck-content.ck-editor__editable[role=textbox]
 *   [aria-label="Rich Text Editor. Editing area: main. Press Alt+0 for help."][contenteditable=true]`: the
 *   notes, with the `<h2>`/`<h3>` the heading feature writes.
 * - `div.ck-body-wrapper` at the end of body > `div.ck.ck-reset_all.ck-body`: the link balloon
 *   (`div.ck-balloon-panel.ck-balloon-panel_visible` > rotator > `form.ck.ck-form.ck-link-form`: header
 *   `div.ck-form__header` (back button, `h2.ck-form__header__label[role=presentation]` "Link"), rows
 *   `div.ck.ck-form__row` of LabeledFieldViews: `div.ck.ck-labeled-field-view` > `div.ck-labeled-field-
 *   view__input-wrapper` > `input.ck.ck-input.ck-input-text[type=text][id][aria-describedby]` then its
 *   `label.ck.ck-label[for]` ("Displayed text", "Link URL"), then `div.ck-labeled-field-view__status`
 *   (`ck-hidden` while empty; the error text with role alert), the "Insert" submit button).
 */

const svg = (cls: string) =>
  `<svg class="ck ck-icon ck-reset_all-excluded ck-icon_inherit-color ${cls}" viewBox="0 0 20 20" aria-hidden="true"><path d="M10.187 17H5.773c-.637 0-1.092-.138-1.364-.415-.273-.277-.409-.718-.409-1.323V4.738c0-.617.14-1.062.419-1.332.279-.27.73-.406 1.354-.406h4.68c.69 0 1.288.041 1.793.124z"></path></svg>`;
const tbButton = (id: string, label: string, tip: string) =>
  `<button class="ck ck-button ck-off" type="button" tabindex="-1" aria-labelledby="ck-editor__aria-label_${id}" data-cke-tooltip-text="${tip}" data-cke-tooltip-position="s" aria-pressed="false">${svg('ck-button__icon')}<span class="ck ck-button__label" id="ck-editor__aria-label_${id}">${label}</span></button>`;

const HEADINGS = [
  ['paragraph', 'Paragraph'],
  ['heading1', 'Heading 1'],
  ['heading2', 'Heading 2'],
  ['heading3', 'Heading 3'],
];
const headingDropdown = (open: boolean) =>
  `<div class="ck ck-dropdown ck-heading-dropdown"><button class="ck ck-button ck-button_with-text ck-dropdown__button ${open ? 'ck-on' : 'ck-off'}" type="button" tabindex="-1" aria-label="Heading" data-cke-tooltip-text="Heading" data-cke-tooltip-position="s" aria-haspopup="true" aria-expanded="${open}"><span class="ck ck-button__label" id="ck-editor__aria-label_h1">Paragraph</span>${svg('ck-dropdown__arrow')}</button><div class="ck ck-reset ck-dropdown__panel ck-dropdown__panel_se${open ? ' ck-dropdown__panel-visible' : ''}" tabindex="-1">${
    open
      ? `<ul class="ck ck-reset ck-list" role="menu" aria-label="Heading">${HEADINGS.map(
          ([m, l], n) =>
            `<li class="ck ck-list__item" role="presentation"><button class="ck ck-button ck-heading_${m} ck-button_with-text ${n === 0 ? 'ck-on' : 'ck-off'}" type="button" tabindex="-1" role="menuitemradio" aria-checked="${n === 0}" aria-labelledby="ck-editor__aria-label_m${n}"><span class="ck ck-button__label" id="ck-editor__aria-label_m${n}">${l}</span></button></li>`,
        ).join('')}</ul>`
      : ''
  }</div></div>`;

/** the app's label and textarea, and the classic editor after it */
const ckeditor = (id: string, label: string, html: string, o: { open?: boolean; readOnly?: boolean } = {}) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><textarea id="${id}" name="${id}" style="display: none;"></textarea><div class="ck ck-reset ck-editor ck-rounded-corners" role="application" dir="ltr" lang="en" aria-labelledby="ck-editor__label_${id}"><label class="ck ck-label ck-voice-label" id="ck-editor__label_${id}">Rich Text Editor</label><div class="ck ck-editor__top ck-reset_all" role="presentation"><div class="ck ck-sticky-panel"><div class="ck ck-sticky-panel__placeholder" style="display: none;"></div><div class="ck ck-sticky-panel__content"><div class="ck ck-toolbar ck-toolbar_grouping" role="toolbar" aria-label="Editor toolbar" tabindex="-1"><div class="ck ck-toolbar__items">${headingDropdown(!!o.open)}<span class="ck ck-toolbar__separator"></span>${tbButton('b1', 'Bold', 'Bold (Ctrl+B)')}${tbButton('i1', 'Italic', 'Italic (Ctrl+I)')}${tbButton('l1', 'Link', 'Link (Ctrl+K)')}${tbButton('u1', 'Bulleted List', 'Bulleted List')}${tbButton('n1', 'Numbered List', 'Numbered List')}</div></div></div></div></div><div class="ck ck-editor__main" role="presentation"><div class="ck-blurred ck ck-content ck-editor__editable ck-rounded-corners ck-editor__editable_inline${o.readOnly ? ' ck-read-only' : ''}" lang="en" dir="ltr" role="textbox" aria-label="Rich Text Editor. Editing area: main. Press Alt+0 for help." contenteditable="${!o.readOnly}">${html}</div></div></div></div>`;

const labeledField = (uid: string, label: string, value: string, error?: string) =>
  `<div class="ck ck-labeled-field-view ck-labeled-field-view_full-width${value ? '' : ' ck-labeled-field-view_empty'}${error ? ' ck-error' : ''}"><div class="ck ck-labeled-field-view__input-wrapper"><input class="ck ck-input ck-input-text${value ? '' : ' ck-input-text_empty'}${error ? ' ck-error' : ''}" type="text" inputmode="${label === 'Link URL' ? 'url' : 'text'}" id="ck-labeled-field-view-${uid}" aria-describedby="ck-labeled-field-view-status-${uid}"${error ? ' aria-invalid="true"' : ''} value="${value}"><label class="ck ck-label" id="ck-editor__label_${uid}" for="ck-labeled-field-view-${uid}">${label}</label></div><div class="ck ck-labeled-field-view__status${error ? ' ck-labeled-field-view__status_error' : ' ck-hidden'}" id="ck-labeled-field-view-status-${uid}"${error ? ' role="alert"' : ''}>${error ?? ''}</div></div>`;

/** the body collection at the end of body, with the link balloon open (`text` selected, `url` typed) or none */
const body = (link?: { text: string; url: string; error?: string }) =>
  `<div class="ck-body-wrapper"><div class="ck ck-reset_all ck-body ck-rounded-corners" dir="ltr">${
    link
      ? `<div class="ck ck-balloon-panel ck-balloon-panel_arrow_s ck-balloon-panel_with-arrow ck-balloon-panel_visible" style="top: 618px; left: 244px;"><div class="ck ck-balloon-rotator" z-index="-1"><div class="ck-balloon-rotator__navigation ck-hidden"></div><div class="ck-balloon-rotator__content"><form class="ck ck-form ck-link-form ck-responsive-form" tabindex="-1"><div class="ck ck-form__header"><button class="ck ck-button ck-off ck-button-back" type="button" tabindex="-1" aria-labelledby="ck-editor__aria-label_bk">${svg('ck-button__icon')}<span class="ck ck-button__label" id="ck-editor__aria-label_bk">Back</span></button><h2 class="ck ck-form__header__label" role="presentation">Link</h2></div><div class="ck ck-form__row ck-form__row_large-top-padding">${labeledField('c1f0a7', 'Displayed text', link.text)}</div><div class="ck ck-form__row ck-form__row_with-submit ck-form__row_large-top-padding ck-form__row_large-bottom-padding">${labeledField('d92b4e', 'Link URL', link.url, link.error)}<button class="ck ck-button ck-off ck-hidden" type="button" tabindex="-1" aria-labelledby="ck-editor__aria-label_lp"><span class="ck ck-button__label" id="ck-editor__aria-label_lp">Link properties</span></button><button class="ck ck-button ck-off ck-button-action ck-button-bold ck-button_with-text" type="submit" tabindex="-1" aria-labelledby="ck-editor__aria-label_in"><span class="ck ck-button__label" id="ck-editor__aria-label_in">Insert</span></button></div></form></div></div></div>`
      : '<div class="ck ck-balloon-panel ck-balloon-panel_arrow_nw"><div class="ck ck-balloon-rotator" z-index="-1"><div class="ck-balloon-rotator__navigation ck-hidden"></div><div class="ck-balloon-rotator__content"></div></div></div>'
  }<div class="ck ck-aria-live-announcer"><div aria-live="polite" aria-relevant="additions"><ul class="ck ck-aria-live-region-list"></ul></div></div></div></div>`;

const input = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;
const frequency = `<div class="mb-3"><label for="frequency" class="form-label">Frequency</label><select class="form-select" id="frequency" name="frequency"><option value="">Choose…</option><option selected>Every 4 weeks</option><option>Every 8 weeks</option></select></div>`;
const therapyTable = `<table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
  (r, n) =>
    `<tr>${r.map((v, c) => `<td><input type="text" class="form-control form-control-sm" name="therapy_${n}_${c}" value="${v}"></td>`).join('')}</tr>`,
).join('')}</tbody></table>`;

const NOTES = '<p>Recurrent TRAPS flares despite colchicine 0.6 mg twice daily.</p><p>CRP 24 mg/L on 11/02/2026.</p>';
/** notes structured with the heading feature */
const HEADED =
  '<h2>Assessment</h2><p>Recurrent TRAPS flares, 4 in 6 months.</p><h3>Plan</h3><p>Start canakinumab 150 mg every 4 weeks.</p>';

/** the request; `notes` in the clinical section, `history` in the prior therapies section before the table */
const request = (notes: string, history = '', tail = body()) =>
  `<main class="container"><form id="pa-request"><h2 class="h4">Patient</h2>${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}<h2 class="h4">Medication</h2>${input('drug', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${frequency}<h2 class="h4">Clinical information</h2>${input('icd', 'ICD-10 codes', 'M04.1, M06.1')}${notes}${input('crp', 'CRP (mg/L)', '24')}${input('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}<h2 class="h4">Prior therapies</h2>${history}${therapyTable}<h2 class="h4">Prescriber</h2>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit" class="btn btn-primary">Submit</button></form></main>${tail}`;

/** a form asking the therapies tried before the drug requested, a history editor above their table */
const therapiesFirst = (history: string) =>
  `<main class="container"><form id="pa-request"><h2 class="h4">Patient</h2>${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}<h2 class="h4">Prior therapies</h2>${history}${therapyTable}<h2 class="h4">Requested medication</h2>${input('drug', 'Drug name', ILARIS['drug.name'])}${input('dose', 'Dose (mg)', '150')}</form></main>${body()}`;

/** a table written with the table feature (one heading row), as the editing view draws it: a widget */
const cell = (tag: string, text: string) =>
  `<${tag} class="ck-editor__editable ck-editor__nested-editable" tabindex="-1" contenteditable="true"><span class="ck-table-bogus-paragraph">${text}</span></${tag}>`;
const notesTable = (head: string[], rows: string[][]) =>
  `<figure class="ck-widget ck-widget_with-selection-handle table" contenteditable="false"><div class="ck ck-widget__selection-handle">${svg('')}</div><table><thead><tr>${head.map((h) => cell('th', h)).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => cell('td', c)).join('')}</tr>`)
    .join(
      '',
    )}</tbody></table><div class="ck ck-reset_all ck-widget__type-around"><div class="ck ck-widget__type-around__button ck-widget__type-around__button_before" title="Insert paragraph before block" aria-hidden="true">${svg('')}</div><div class="ck ck-widget__type-around__button ck-widget__type-around__button_after" title="Insert paragraph after block" aria-hidden="true">${svg('')}</div><div class="ck ck-widget__type-around__fake-caret"></div></div></figure>`;

const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('CKEditor 5 (classic editor): rich text editors among the request fields', () => {
  it('reads the full Ilaris request around a classic editor', () => {
    page(request(ckeditor('clinical_notes', 'Clinical notes', NOTES)));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads nothing from the toolbar, the heading dropdown, the voice label or the hidden textarea', () => {
    page(request(ckeditor('clinical_notes', 'Clinical notes', NOTES)));
    nothingFrom('.ck-editor');
    nothingFrom('#clinical_notes');
    nothingFrom('.ck-body-wrapper');
    expect(field('labs.crpValue')?.label).toBe('CRP (mg/L)');
  });

  it('reads the request while the heading dropdown is open on its menu of heading options', () => {
    page(request(ckeditor('clinical_notes', 'Clinical notes', NOTES, { open: true })));
    expect(read()).toEqual(FULL);
    nothingFrom('.ck-editor');
  });

  it('reads nothing from the open link balloon holding the selected note text and a typed URL', () => {
    page(
      request(
        ckeditor('clinical_notes', 'Clinical notes', NOTES),
        '',
        body({ text: 'CRP 24 mg/L', url: 'https://ehr.example.org/labs/88123' }),
      ),
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.ck-body-wrapper');
  });

  it('reads nothing from the link balloon showing its URL error', () => {
    page(
      request(
        ckeditor('clinical_notes', 'Clinical notes', NOTES),
        '',
        body({ text: '150 mg', url: '', error: 'The link URL must not be empty.' }),
      ),
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.ck-body-wrapper');
  });

  it('reads the CRP fields after notes structured with headings', () => {
    page(request(ckeditor('clinical_notes', 'Clinical notes', HEADED)));
    expect(read()).toEqual(FULL);
  });

  it('reads the prior therapies after a treatment history editor whose notes hold headings', () => {
    page(
      request(
        '',
        ckeditor(
          'therapy_history',
          'Treatment history',
          '<h3>Colchicine</h3><p>Stopped for diarrhea.</p><h3>Anakinra</h3><p>Site reactions.</p>',
        ),
      ),
    );
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads the prior therapies as therapies, not as the drug requested, when their section comes first', () => {
    page(therapiesFirst(ckeditor('therapy_history', 'Treatment history', '<h3>Colchicine</h3><p>Stopped for diarrhea.</p>')));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      ...THERAPIES,
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
    });
  });

  it("reads the therapies from the form's table, not from a table of an earlier request written in the history notes", () => {
    const earlier = notesTable(
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
      [
        ['methotrexate', '15 mg weekly', '02/01/2024', '08/01/2024', 'Not effective'],
        ['prednisone', '10 mg daily', '08/15/2024', '12/20/2024', 'Weight gain'],
      ],
    );
    page(request('', ckeditor('therapy_history', 'Treatment history', `<p>From the 2024 request:</p>${earlier}<p>Since then:</p>`)));
    expect(read()).toEqual(FULL);
    nothingFrom('.ck-editor');
  });

  it('reads the request beside a read-only editor', () => {
    page(request(ckeditor('clinical_notes', 'Clinical notes', NOTES, { readOnly: true })));
    expect(read()).toEqual(FULL);
    nothingFrom('.ck-editor');
  });
});
