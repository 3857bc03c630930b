import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Summernote 0.9.1, Bootstrap 5 build (summernote/summernote at ac5460e: src/styles/bs5/summernote-bs5.js,
 * src/js/Context.js, src/js/module/Buttons.js, Toolbar.js, Editor.js, LinkDialog.js, ImageDialog.js,
 * Placeholder.js, Codeview.js, src/js/settings.js, src/js/summernote-en-US.js):
 * - `$('#notes').summernote()` on the app's `<textarea id name>` (its `<label for>` before it): the textarea
 *   is hidden (`$note.hide()`: `style="display: none;"`) and kept in sync with the HTML (`$note.val(html)`),
 *   the editor inserted AFTER it: `div.note-editor.note-frame.card` > `div.note-toolbar.card-header
 *   [role=toolbar]` of `div.note-btn-group.btn-group.note-<group>` (buttons `button.note-btn.btn
 *   .btn-outline-secondary.btn-sm[type=button][tabindex=-1][title][aria-label]` with `i.note-icon-*`; a
 *   dropdown's toggle `data-bs-toggle="dropdown"` + `div.note-dropdown-menu.dropdown-menu[role=list]
 *   [aria-label]` of `a.dropdown-item[href=#][data-value][role=listitem][aria-label]`: the style menu draws
 *   each tag (`<p>Normal</p>`, `<blockquote class="blockquote">`, `<pre>Code</pre>`, `<h1>Header 1</h1>` …
 *   `<h6>Header 6</h6>`), the font size menu (`note-check`) a check icon and the size), then
 *   `div.note-editing-area` > `div.note-placeholder` (when a placeholder is set, shown while empty),
 *   `textarea.note-codable[aria-multiline=true]` (the code view, hidden by CSS only), `div.note-editable
 *   .card-block[contenteditable=true][role=textbox][aria-multiline=true][spellcheck][autocorrect]`, then
 *   the `output.note-status-output` and `div.note-statusbar` with its resize bar. Code view: `codeview` on
 *   the editor, the notes' HTML put in `textarea.note-codable` (shown, the editable hidden, by CSS).
 * - Dialogs are appended to the editor (`options.container` defaults to it): `div.modal.note-modal
 *   [aria-hidden=false][tabindex=-1][role=dialog][aria-label=<title>]` > `.modal-dialog > .modal-content` >
 *   header (`h4.modal-title`, `button.btn-close`), body, footer (`input[type=button].note-btn-primary`).
 *   Insert Link: "Text to display" `input.note-link-text` (filled with the selected text), "To what URL
 *   should this link go?" `input.note-link-url` (value "http://"), an "Open in new window" checkbox; Insert
 *   Image: a file input and "Image URL" `input.note-image-url`. Opened by Bootstrap 5: `show`,
 *   `style="display: block;"`, `aria-modal="true"`, a `div.modal-backdrop.fade.show` at the end of body;
 *   closed again: `style="display: none;"`, `aria-hidden="true"`.
 */

const button = (cls: string, icon: string, tip: string, dropdown = false) =>
  `<button type="button" class="note-btn btn btn-outline-secondary btn-sm${cls ? ` ${cls}` : ''}" tabindex="-1"${dropdown ? ' data-bs-toggle="dropdown"' : ''} title="${tip}" aria-label="${tip}">${icon}</button>`;
const i = (name: string) => `<i class="note-icon-${name}"></i>`;
const styles = [
  ['p', '<p>Normal</p>'],
  ['blockquote', '<blockquote class="blockquote">Blockquote</blockquote>'],
  ['pre', '<pre>Code</pre>'],
  ...[1, 2, 3, 4, 5, 6].map((n) => [`h${n}`, `<h${n}>Header ${n}</h${n}>`]),
];
const sizes = ['8', '9', '10', '11', '12', '14', '18', '24', '36'];

const toolbar = (open?: 'style' | 'fontsize') =>
  `<div class="note-toolbar card-header" role="toolbar"><div class="note-btn-group btn-group note-style">${button('dropdown-toggle', i('magic'), 'Style', true)}<div class="note-dropdown-menu dropdown-menu dropdown-style${open === 'style' ? ' show' : ''}" role="list" aria-label="Style">${styles
    .map(([v, html]) => `<a class="dropdown-item" href="#" data-value="${v}" role="listitem" aria-label="${v}">${html}</a>`)
    .join(
      '',
    )}</div></div><div class="note-btn-group btn-group note-font">${button('note-btn-bold', i('bold'), 'Bold (CTRL+B)')}${button('note-btn-underline', i('underline'), 'Underline (CTRL+U)')}${button('', i('eraser'), 'Remove Font Style (CTRL+\\)')}</div><div class="note-btn-group btn-group note-fontsize">${button('dropdown-toggle', '<span class="note-current-fontsize">14</span>', 'Font Size', true)}<div class="note-dropdown-menu dropdown-menu note-check dropdown-fontsize${open === 'fontsize' ? ' show' : ''}" role="list" aria-label="Font Size">${sizes
    .map(
      (s) =>
        `<a class="dropdown-item${s === '14' ? ' checked' : ''}" href="#" data-value="${s}" role="listitem" aria-label="${s}">${i('menu-check')} ${s}</a>`,
    )
    .join(
      '',
    )}</div></div><div class="note-btn-group btn-group note-para">${button('', i('unorderedlist'), 'Unordered list (CTRL+SHIFT+NUM7)')}${button('', i('orderedlist'), 'Ordered list (CTRL+SHIFT+NUM8)')}</div><div class="note-btn-group btn-group note-insert">${button('', i('link'), 'Link (CTRL+K)')}${button('', i('picture'), 'Picture')}</div></div>`;

type DialogState = 'never' | 'open' | 'closed';
const modalAttrs = (title: string, s: DialogState) =>
  s === 'open'
    ? `class="modal note-modal fade show" tabindex="-1" role="dialog" aria-label="${title}" aria-modal="true" style="display: block;"`
    : `class="modal note-modal fade" aria-hidden="${s === 'closed'}" tabindex="-1" role="dialog" aria-label="${title}"${s === 'closed' ? ' style="display: none;"' : ''}`;
const modal = (title: string, s: DialogState, body: string, footer: string) =>
  `<div ${modalAttrs(title, s)}><div class="modal-dialog"><div class="modal-content"><div class="modal-header"><h4 class="modal-title">${title}</h4><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close" aria-hidden="true"></button></div><div class="modal-body">${body}</div><div class="modal-footer">${footer}</div></div></div></div>`;

const linkDialog = (id: string, s: DialogState, text = '', url = 'http://') =>
  modal(
    'Insert Link',
    s,
    `<div class="form-group note-form-group"><label for="note-dialog-link-txt-${id}" class="note-form-label">Text to display</label><input id="note-dialog-link-txt-${id}" class="note-link-text form-control note-form-control note-input" type="text" value="${text}"></div><div class="form-group note-form-group"><label for="note-dialog-link-url-${id}" class="note-form-label">To what URL should this link go?</label><input id="note-dialog-link-url-${id}" class="note-link-url form-control note-form-control note-input" type="text" value="${url}"></div><div class="form-check sn-checkbox-open-in-new-window"><label class="form-check-label" for="note-${id}-open"><input type="checkbox" class="form-check-input" id="note-${id}-open" checked aria-label="Open in new window" aria-checked="true"> Open in new window</label></div>`,
    '<input type="button" href="#" class="btn btn-primary note-btn note-btn-primary note-link-btn" value="Insert Link" disabled>',
  );
const imageDialog = (id: string, s: DialogState) =>
  modal(
    'Insert Image',
    s,
    `<div class="form-group note-form-group note-group-select-from-files"><label for="note-dialog-image-file-${id}" class="note-form-label">Select from files</label><input id="note-dialog-image-file-${id}" class="note-image-input form-control-file note-form-control note-input" type="file" name="files" accept="image/*" multiple="multiple"></div><div class="form-group note-group-image-url"><label for="note-dialog-image-url-${id}" class="note-form-label">Image URL</label><input id="note-dialog-image-url-${id}" class="note-image-url form-control note-form-control note-input" type="text"></div>`,
    '<input type="button" href="#" class="btn btn-primary note-btn note-btn-primary note-image-btn" value="Insert Image" disabled>',
  );

type Opts = {
  codeview?: boolean;
  html?: string;
  open?: 'style' | 'fontsize';
  link?: DialogState;
  linkText?: string;
  linkUrl?: string;
  image?: DialogState;
};
/** the app's label and textarea, and the editor Summernote draws after it */
const summernote = (id: string, label: string, o: Opts = {}) => {
  const html = o.html ?? '<p><br></p>';
  return `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><textarea id="${id}" name="${id}" class="form-control" style="display: none;">${html.replace(/</g, '&lt;')}</textarea><div class="note-editor note-frame card${o.codeview ? ' codeview' : ''}">${toolbar(o.open)}<div class="note-editing-area"><div class="note-placeholder" style="display: ${html === '<p><br></p>' ? 'block' : 'none'};">Type here…</div><textarea class="note-codable" aria-multiline="true">${o.codeview ? html.replace(/</g, '&lt;') : ''}</textarea><div class="note-editable card-block" contenteditable="true" role="textbox" aria-multiline="true" spellcheck="true" autocorrect="true">${html}</div></div><output class="note-status-output" role="status" aria-live="polite"></output><div class="note-statusbar" role="status"><div class="note-resizebar" aria-label="Resize"><div class="note-icon-bar"></div><div class="note-icon-bar"></div><div class="note-icon-bar"></div></div></div>${linkDialog(id, o.link ?? 'never', o.linkText, o.linkUrl)}${imageDialog(id, o.image ?? 'never')}</div></div>`;
};

const input = (id: string, label: string, value: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;
const frequency = `<div class="mb-3"><label for="frequency" class="form-label">Frequency</label><select class="form-select" id="frequency" name="frequency"><option value="">Choose…</option><option selected>Every 4 weeks</option><option>Every 8 weeks</option></select></div>`;
const therapyTable = `<table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
  (r, n) =>
    `<tr>${r.map((v, c) => `<td><input type="text" class="form-control form-control-sm" name="therapy_${n}_${c}" value="${v}"></td>`).join('')}</tr>`,
).join('')}</tbody></table>`;

const NOTES = '<p>Recurrent TRAPS flares despite colchicine 0.6 mg twice daily.</p><p>CRP 24 mg/L on 11/02/2026.</p>';

/** the request; `notes` in the clinical section, `history` in the prior therapies section before the table */
const request = (notes: string, history = '', tail = '') =>
  `<main class="container"><form id="pa-request"><h2 class="h4">Patient</h2>${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight (kg)', '72')}<h2 class="h4">Medication</h2>${input('drug', 'Drug name', ILARIS['drug.name'])}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose (mg)', '150')}${input('units', 'Billing units', '150')}${frequency}<h2 class="h4">Clinical information</h2>${input('icd', 'ICD-10 codes', 'M04.1, M06.1')}${notes}${input('crp', 'CRP (mg/L)', '24')}${input('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}<h2 class="h4">Prior therapies</h2>${history}${therapyTable}<h2 class="h4">Prescriber</h2>${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}<button type="submit" class="btn btn-primary">Submit</button></form></main>${tail}`;

/** a form asking the therapies tried before the drug requested, a history editor above their table */
const therapiesFirst = (history: string) =>
  `<main class="container"><form id="pa-request"><h2 class="h4">Patient</h2>${input('member_id', 'Member ID', ILARIS['patient.memberId'])}${input('dob', 'Date of birth', ILARIS['patient.dob'])}<h2 class="h4">Prior therapies</h2>${history}${therapyTable}<h2 class="h4">Requested medication</h2>${input('drug', 'Drug name', ILARIS['drug.name'])}${input('dose', 'Dose (mg)', '150')}</form></main>`;

const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Summernote 0.9 (Bootstrap 5): rich text editors among the request fields', () => {
  it('reads the full Ilaris request around a Summernote editor', () => {
    page(request(summernote('clinical_notes', 'Clinical notes', { html: NOTES })));
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  it('reads nothing from the toolbar, its closed style and font size menus, the code view or the hidden textarea', () => {
    page(request(summernote('clinical_notes', 'Clinical notes', { html: NOTES })));
    nothingFrom('.note-editor');
    nothingFrom('#clinical_notes');
    expect(field('labs.crpValue')?.label).toBe('CRP (mg/L)');
  });

  it('reads the request while the style menu is open', () => {
    page(request(summernote('clinical_notes', 'Clinical notes', { html: NOTES, open: 'style' })));
    expect(read()).toEqual(FULL);
    nothingFrom('.note-editor');
  });

  it('reads the prior therapies after an editor of treatment history in their section', () => {
    page(
      request(
        '',
        summernote('therapy_history', 'Treatment history', { html: '<p>Colchicine stopped for diarrhea; anakinra site reactions.</p>' }),
      ),
    );
    expect(read()).toEqual(FULL);
    expect(field('priorTherapies.0.drug')?.field.signals.section).toMatch(/Prior therapies/);
    noDuplicatePaths();
  });

  it('reads the prior therapies as therapies, not as the drug requested, when their section comes first', () => {
    page(therapiesFirst(summernote('therapy_history', 'Treatment history', { html: '<p>Colchicine stopped for diarrhea.</p>' })));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      ...THERAPIES,
      'drug.name': ILARIS['drug.name'],
      'drug.dose': '150',
    });
  });

  it('reads nothing from the closed Insert Link and Insert Image dialogs kept in the editor', () => {
    page(request(summernote('clinical_notes', 'Clinical notes', { html: NOTES, link: 'closed', image: 'closed' })));
    expect(read()).toEqual(FULL);
    nothingFrom('.note-modal');
  });

  it('reads the request behind an open Insert Link dialog holding the selected note text', () => {
    page(
      request(
        summernote('clinical_notes', 'Clinical notes', {
          html: NOTES,
          link: 'open',
          linkText: 'CRP 24 mg/L on 11/02/2026',
          linkUrl: 'http://',
        }),
        '',
        '<div class="modal-backdrop fade show"></div>',
      ),
    );
    expect(read()).toEqual(FULL);
    nothingFrom('.note-modal');
  });

  it("reads nothing from the code view textarea showing the notes' HTML", () => {
    page(request(summernote('clinical_notes', 'Clinical notes', { html: NOTES, codeview: true })));
    expect(read()).toEqual(FULL);
    nothingFrom('.note-editor');
  });

  it('reads the request with an empty editor showing its placeholder', () => {
    page(request(summernote('clinical_notes', 'Clinical notes')));
    expect(read()).toEqual(FULL);
    nothingFrom('.note-editor');
  });
});
