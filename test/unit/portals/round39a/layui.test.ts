import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Layui 2.9 (layui/layui src/modules/form.js at 01cda91, a 2.9.x/2.10 version with `lay-append-to`: `render`
 * select/checkbox/radio read line by line; table.js's td/tr attributes from its renderData excerpts; the table
 * view's header/body/fixed/pager structure, laydate's popup, layer's page layer, the collapse and the form
 * layout as the docs show them, not checked against those modules line by line). Layui hides the natives by CSS
 * only (`.layui-form select`, checkbox and radio `display: none`), so no attribute hides them here:
 * - form item: `div.layui-form-item` > `label.layui-form-label` (no `for`) + `div.layui-input-block` (or
 *   `.layui-inline` > `.layui-input-inline` + `div.layui-form-mid` aside text) > `input.layui-input`.
 * - select: the native `select` then `div.layui-unselect.layui-form-select` (`layui-form-selected` while
 *   open) > `div.layui-select-title` > `input.layui-input.layui-unselect[readonly][placeholder=<first
 *   option's text>]` holding the chosen option's text (empty when the first, value-less option is chosen)
 *   + `i.layui-edge`, then `dl.layui-anim.layui-anim-upbit` of `dd[lay-value]` (first `dd.layui-select-tips`,
 *   the chosen `dd.layui-this`). With `lay-search` the input is not readonly and loses `layui-unselect`.
 * - checkbox (skin primary, the default): `input[type=checkbox][title]` then `div.layui-unselect.
 *   layui-form-checkbox[.layui-form-checked][lay-skin=primary]` > `div` title + `i.layui-icon.layui-icon-ok`.
 * - radio: `input[type=radio][title]` then `div.layui-unselect.layui-form-radio[.layui-form-radioed]` >
 *   `i.layui-anim.layui-icon` + `div` title.
 * - laydate (`format: 'MM/dd/yyyy'`, lang en) on `input.layui-input[lay-key]`: while open
 *   `div.layui-laydate#layui-laydate<key>[lay-key]` at the end of body (removed when closed).
 * - table: the original `table.layui-hide`, then `div.layui-form.layui-border-box.layui-table-view` >
 *   `div.layui-table-tool`, `div.layui-table-box` > `div.layui-table-header` > `table.layui-table` (thead
 *   only) and `div.layui-table-body.layui-table-main` > `table.layui-table` (tbody only, `tr[data-index]`,
 *   `td[data-field][data-key][data-edit]` > `div.layui-table-cell`), the fixed right toolbar column drawn
 *   again in `div.layui-table-fixed.layui-table-fixed-r`, and `div.layui-table-page` (laypage with its
 *   `lay-ignore` page-size select and "到第 [1] 页" box). An edited cell gets `input.layui-input.layui-table-edit`
 *   appended in its td.
 */

const item = (label: string, control: string) =>
  `<div class="layui-form-item"><label class="layui-form-label">${label}</label><div class="layui-input-block">${control}</div></div>`;
const input = (name: string, value: string, o: { placeholder?: string; extra?: string } = {}) =>
  `<input type="text" name="${name}" placeholder="${o.placeholder ?? 'Please enter'}" autocomplete="off" class="layui-input"${o.extra ?? ''} value="${value}">`;
const text = (name: string, label: string, value: string) => item(label, input(name, value));
/** inline item with its aside text (`layui-form-mid`) after the box */
const inline = (name: string, label: string, value: string, aside: string) =>
  `<div class="layui-form-item"><div class="layui-inline"><label class="layui-form-label">${label}</label><div class="layui-input-inline" style="width: 100px;">${input(name, value)}</div><div class="layui-form-mid">${aside}</div></div></div>`;
const date = (name: string, label: string, value: string, key: number) =>
  item(label, input(name, value, { placeholder: 'MM/dd/yyyy', extra: ` id="${name}" lay-key="${key}"` }));

function select(
  name: string,
  label: string,
  chosen: string,
  options: string[],
  o: { tips?: string; open?: boolean; search?: boolean; disabled?: boolean } = {},
) {
  const tips = o.tips ?? 'Please select';
  const opts = `<option value="">${tips}</option>${options.map((v, i) => `<option value="${i + 1}"${v === chosen ? ' selected' : ''}>${v}</option>`).join('')}`;
  const dds = `<dd lay-value="" class="layui-select-tips">${tips}</dd>${options
    .map((v, i) => `<dd lay-value="${i + 1}" class="${v === chosen ? 'layui-this' : ''}">${v}</dd>`)
    .join('')}`;
  return item(
    label,
    `<select name="${name}"${o.search ? ' lay-search=""' : ''}${o.disabled ? ' disabled' : ''}>${opts}</select><div class="${o.search ? '' : 'layui-unselect '}layui-form-select${o.disabled ? ' layui-select-disabled' : ''}${o.open ? ' layui-form-selected' : ''}"><div class="layui-select-title"><input type="text" placeholder="${tips}" value="${chosen}"${o.search && !o.disabled ? '' : ' readonly'} class="layui-input${o.search ? '' : ' layui-unselect'}${o.disabled ? ' layui-disabled' : ''}"><i class="layui-edge"></i></div><dl class="layui-anim layui-anim-upbit">${dds}</dl></div>`,
  );
}

const checkboxes = (name: string, label: string, all: string[], checked: string[]) =>
  item(
    label,
    all
      .map(
        (v) =>
          `<input type="checkbox" name="${name}[${v}]" title="${v}"${checked.includes(v) ? ' checked' : ''}><div class="layui-unselect layui-form-checkbox${checked.includes(v) ? ' layui-form-checked' : ''}" lay-skin="primary"><div>${v}</div><i class="layui-icon layui-icon-ok"></i></div>`,
      )
      .join(''),
  );
const radios = (name: string, label: string, all: string[], checked: string) =>
  item(
    label,
    all
      .map(
        (v, i) =>
          `<input type="radio" name="${name}" value="${i + 1}" title="${v}"${v === checked ? ' checked' : ''}><div class="layui-unselect layui-form-radio${v === checked ? ' layui-form-radioed' : ''}"><i class="layui-anim layui-icon ${v === checked ? 'layui-icon-radio' : 'layui-icon-circle'}"></i><div>${v}</div></div>`,
      )
      .join(''),
  );

const COLS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const TITLES = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
/** a layui table view over `rows`; `editing` appends the cell editor to row 0's Outcome cell */
function layTable(id: string, titles: string[], rows: string[][], o: { editing?: string; toolbar?: boolean; check?: boolean } = {}) {
  // `{type: 'checkbox'}` and `{type: 'numbers'}` columns first: a primary-skin checkbox per row (the header's checks all)
  const box = (all: boolean) =>
    `<input type="checkbox" name="layTableCheckbox" lay-skin="primary"${all ? ' lay-filter="layTableAllChoose"' : ''}><div class="layui-unselect layui-form-checkbox" lay-skin="primary"><i class="layui-icon layui-icon-ok"></i></div>`;
  const leadTh = o.check
    ? `<th data-field="0" data-key="1-0-c" data-unresize="true" class="layui-table-col-special"><div class="layui-table-cell laytable-cell-1-0-c laytable-cell-checkbox" align="center">${box(true)}</div></th><th data-field="1" data-key="1-0-n" data-unresize="true" class="layui-table-col-special"><div class="layui-table-cell laytable-cell-1-0-n laytable-cell-numbers" align="center"><span>No.</span></div></th>`
    : '';
  const leadTd = (ri: number) =>
    o.check
      ? `<td data-field="0" data-key="1-0-c" class="layui-table-col-special"><div class="layui-table-cell laytable-cell-1-0-c laytable-cell-checkbox">${box(false)}</div></td><td data-field="1" data-key="1-0-n" class="layui-table-col-special"><div class="layui-table-cell laytable-cell-1-0-n laytable-cell-numbers">${ri + 1}</div></td>`
      : '';
  const th = (t: string, i: number) =>
    `<th data-field="${COLS[i] ?? `c${i}`}" data-key="1-0-${i}" class=""><div class="layui-table-cell laytable-cell-1-0-${i}" align="left"><span>${t}</span></div></th>`;
  const bar = o.toolbar
    ? `<th data-field="${titles.length}" data-key="1-0-${titles.length}" class="layui-table-col-special"><div class="layui-table-cell laytable-cell-1-0-${titles.length}" align="center"><span>Actions</span></div></th>`
    : '';
  const barTd = () =>
    o.toolbar
      ? `<td data-field="${titles.length}" data-key="1-0-${titles.length}" data-off="true" align="center" class="layui-table-col-special"><div class="layui-table-cell laytable-cell-1-0-${titles.length}"><a class="layui-btn layui-btn-xs" lay-event="edit">Edit</a><a class="layui-btn layui-btn-danger layui-btn-xs" lay-event="del">Delete</a></div></td>`
      : '';
  const body = rows
    .map(
      (r, ri) =>
        `<tr data-index="${ri}" class="">${leadTd(ri)}${r
          .map(
            (v, i) =>
              `<td data-field="${COLS[i] ?? `c${i}`}" data-key="1-0-${i}" data-edit="text" align="left" class=""><div class="layui-table-cell laytable-cell-1-0-${i}">${v}</div>${
                o.editing !== undefined && ri === 0 && i === r.length - 1 ? `<input class="layui-input layui-table-edit" lay-unrow="">` : ''
              }</td>`,
          )
          .join('')}${barTd()}</tr>`,
    )
    .join('');
  const fixedR = o.toolbar
    ? `<div class="layui-table-fixed layui-table-fixed-r layui-hide"><div class="layui-table-header"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><thead><tr>${bar}</tr></thead></table></div><div class="layui-table-body"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><tbody>${rows.map((_, ri) => `<tr data-index="${ri}">${barTd()}</tr>`).join('')}</tbody></table></div></div>`
    : '';
  return `<table class="layui-hide" id="${id}" lay-filter="${id}"></table><div class="layui-form layui-border-box layui-table-view layui-table-view-1" lay-filter="LAY-TABLE-FORM-DF-1" lay-id="${id}" style=" "><div class="layui-table-tool"><div class="layui-table-tool-temp"><button type="button" class="layui-btn layui-btn-sm" lay-event="add">Add therapy</button></div><div class="layui-table-tool-self"><div class="layui-inline" title="筛选列" lay-event="LAYTABLE_COLS"><i class="layui-icon layui-icon-cols"></i></div><div class="layui-inline" title="导出" lay-event="LAYTABLE_EXPORT"><i class="layui-icon layui-icon-export"></i></div></div></div><div class="layui-table-box"><div class="layui-table-header"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><thead><tr>${leadTh}${titles.map(th).join('')}${bar}</tr></thead></table></div><div class="layui-table-body layui-table-main"><table cellspacing="0" cellpadding="0" border="0" class="layui-table"><tbody>${body}</tbody></table></div>${fixedR}</div><div class="layui-table-page"><div id="layui-table-page1"><div class="layui-box layui-laypage layui-laypage-default" id="layui-laypage-1"><a href="javascript:;" class="layui-laypage-prev layui-disabled" data-page="0"><i class="layui-icon"></i></a><span class="layui-laypage-curr"><em class="layui-laypage-em"></em><em>1</em></span><a href="javascript:;" class="layui-laypage-next layui-disabled" data-page="2"><i class="layui-icon"></i></a><span class="layui-laypage-skip">到第<input type="text" min="1" value="1" class="layui-input">页<button type="button" class="layui-laypage-btn">确定</button></span><span class="layui-laypage-count">共 ${rows.length} 条</span><span class="layui-laypage-limits"><select lay-ignore=""><option value="10" selected="">10 条/页</option><option value="20">20 条/页</option><option value="30">30 条/页</option></select></span></div></div></div></div>`;
}

/** laydate's open popup at the end of body (lang en, November 2026 with the 2nd chosen) */
const laydatePopup = (key: number) =>
  `<div class="layui-laydate layui-anim layui-anim-downbit" id="layui-laydate${key}" lay-key="${key}" style="left: 110px; top: 420px;"><div class="layui-laydate-main laydate-main-list-0"><div class="layui-laydate-header"><i class="layui-icon laydate-icon laydate-prev-y"></i><i class="layui-icon laydate-icon laydate-prev-m"></i><div class="laydate-set-ym"><span lay-type="month" lay-ym="2026-10">Nov</span><span lay-type="year" lay-ym="2026-10">2026</span></div><i class="layui-icon laydate-icon laydate-next-m"></i><i class="layui-icon laydate-icon laydate-next-y"></i></div><div class="layui-laydate-content"><table><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th>${d}</th>`).join('')}</tr></thead><tbody><tr>${[
    1, 2, 3, 4, 5, 6, 7,
  ]
    .map((d) => `<td lay-ymd="2026-11-${d}" class="${d === 2 ? 'layui-this' : ''}">${d}</td>`)
    .join(
      '',
    )}</tr></tbody></table></div></div><div class="layui-laydate-footer"><div class="laydate-footer-btns"><span lay-type="clear" class="laydate-btns-clear">Clear</span><span lay-type="now" class="laydate-btns-now">Now</span><span lay-type="confirm" class="laydate-btns-confirm">Confirm</span></div></div></div>`;

const form = (body: string, tail = '') =>
  `<div class="layui-layout layui-layout-admin"><div class="layui-body"><div class="layui-card"><div class="layui-card-header">Prior authorization request</div><div class="layui-card-body"><form class="layui-form" action="" lay-filter="pa">${body}<div class="layui-form-item"><div class="layui-input-block"><button type="submit" class="layui-btn" lay-submit lay-filter="submit">Submit</button><button type="reset" class="layui-btn layui-btn-primary">Reset</button></div></div></form></div></div></div></div>${tail}`;
const fieldset = (title: string, body: string) =>
  `<fieldset class="layui-elem-field layui-field-title"><legend>${title}</legend></fieldset>${body}`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

const fullRequest = (therapies: string, freqAs: 'radio' | 'select' = 'radio') =>
  `${fieldset('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'], 1)}${inline('weight', 'Weight', '72', 'kg')}`)}
  ${fieldset('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1'))}
  ${fieldset(
    'Medication',
    `${select('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { tips: 'Select a drug' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${inline('dose', 'Dose', '150', 'mg')}${text('units', 'Billing units', '150')}${freqAs === 'radio' ? radios('frequency', 'Frequency', FREQ, 'Every 4 weeks') : select('frequency', 'Frequency', 'Every 4 weeks', FREQ)}`,
  )}
  ${fieldset('Labs', `${inline('crp', 'CRP', '24', 'mg/L')}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], 2)}`)}
  ${fieldset('Prior therapies', therapies)}
  ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`;

const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Layui 2.9: form items, select, checkbox, radio, laydate, table view', () => {
  it('reads the full Ilaris request, prior therapies from the table view', () => {
    page(form(fullRequest(layTable('therapies', TITLES, THERAPY_ROWS, { toolbar: true }))));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads the prior therapies in collapse panels titled "Prior therapy N"', () => {
    const panel = (i: 0 | 1) =>
      `<div class="layui-colla-item"><div class="layui-colla-title">Prior therapy ${i + 1}<i class="layui-icon layui-colla-icon"></i></div><div class="layui-colla-content${i === 0 ? ' layui-show' : ''}">${COLS.map((c, k) => (c === 'start' || c === 'stop' ? date(`t${i}${c}`, TITLES[k]!, THERAPIES[`priorTherapies.${i}.${c}`], 10 + i * 2 + k) : text(`t${i}${c}`, TITLES[k]!, THERAPIES[`priorTherapies.${i}.${c}`]))).join('')}</div></div>`;
    page(form(fullRequest(`<div class="layui-collapse" lay-accordion="">${panel(0)}${panel(1)}</div>`)));
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
  });

  it('reads the request once while a layer popup edits the second therapy row', () => {
    const edit = COLS.map((c, k) => text(`e${c}`, TITLES[k]!, THERAPIES[`priorTherapies.1.${c}`])).join('');
    const layer = `<div class="layui-layer-shade" id="layui-layer-shade1" times="1" style="z-index: 19891014; background-color: rgb(0, 0, 0); opacity: 0.3;"></div><div class="layui-layer layui-layer-page" id="layui-layer1" type="page" times="1" showtime="0" contype="string" style="z-index: 19891015; width: 500px; height: 420px; top: 120px; left: 400px;"><div class="layui-layer-title" style="cursor: move;">Edit prior therapy</div><div class="layui-layer-content" style="height: 321px;"><div class="layui-form" lay-filter="therapy-edit" style="padding: 16px;">${edit}</div></div><span class="layui-layer-setwin"><span class="layui-icon layui-icon-close layui-layer-close layui-layer-close1"></span></span><div class="layui-layer-btn"><a class="layui-layer-btn0">Save</a><a class="layui-layer-btn1">Cancel</a></div><span class="layui-layer-resize"></span></div>`;
    page(form(fullRequest(layTable('therapies', TITLES, THERAPY_ROWS, { toolbar: true }), 'select'), layer));
    // the row shows what the popup edits: therapy 2 is one therapy, the member's request stays read
    expect(read()).toEqual({ ...REQUEST, ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a select once, by its chosen text, and nothing from its closed dd list', () => {
    page(
      form(
        `${select('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { tips: 'Select a drug' })}${select('freq', 'Frequency', 'Every 8 weeks', FREQ)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
    noDuplicatePaths();
    nothingFrom('dl');
  });

  it('reads an empty select (its tips option shown as the placeholder) as empty, open or disabled', () => {
    page(
      form(
        `${select('drug', 'Drug name', '', DRUGS, { tips: 'Select a drug', open: true })}${select('freq', 'Frequency', '', FREQ, { disabled: true })}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a searchable select (lay-search) by its chosen option, not the text in its input', () => {
    page(
      form(
        `${select('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { search: true, tips: 'Type to search' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    noDuplicatePaths();
  });

  it('reads an open searchable select by its chosen option while a search is typed into its input', () => {
    page(
      form(
        `${select('drug', 'Drug name', ILARIS['drug.name'], DRUGS, { search: true, open: true, tips: 'Type to search' })}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
      ),
    );
    // the user typed "Kin": the input shows it and the dd not matching is hidden (layui-hide); the select keeps Ilaris
    (document.querySelector('.layui-select-title input') as HTMLInputElement).value = 'Kin';
    for (const dd of Array.from(document.querySelectorAll('dd')).filter((d) => !d.textContent!.includes('Kin')))
      dd.classList.add('layui-hide');
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  it('reads checkbox codes by their titles and a radio frequency by its drawn title', () => {
    page(
      form(
        `${checkboxes('icd', 'ICD-10 codes', ['M04.1', 'M06.1', 'M04.8'], ['M04.1', 'M06.1'])}${radios('frequency', 'Frequency', FREQ, 'Every 8 weeks')}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 8 weeks' });
  });

  it('reads laydate inputs, and nothing from its open popup at the end of body', () => {
    page(
      form(
        `${date('dob', 'Date of birth', ILARIS['patient.dob'], 1)}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], 2)}`,
        laydatePopup(2),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.layui-laydate');
  });

  it("reads a table cell being edited, and nothing from the pager's page box or page-size select", () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${fieldset('Prior therapies', layTable('therapies', TITLES, THERAPY_ROWS, { editing: '' }))}`,
      ),
    );
    (document.querySelector('.layui-table-edit') as HTMLInputElement).value = THERAPIES['priorTherapies.0.outcome'];
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
    nothingFrom('.layui-table-page');
    nothingFrom('.layui-table-tool');
  });

  it('reads the therapy rows past the checkbox and row-number columns', () => {
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${fieldset('Prior therapies', layTable('therapies', TITLES, THERAPY_ROWS, { check: true, toolbar: true }))}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], ...THERAPIES });
  });

  it('takes nothing from a checkable table of past requests (drug, dates, outcome) beside the form', () => {
    const past = layTable(
      'history',
      ['Drug', 'Submitted', 'Decided', 'Status'],
      [
        ['Kineret (anakinra)', '06/20/2026', '06/30/2026', 'Approved'],
        ['colchicine', '01/02/2026', '01/05/2026', 'Denied'],
      ],
      { check: true },
    );
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        `<div class="layui-card"><div class="layui-card-header">Previous requests for this member</div><div class="layui-card-body">${past}</div></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('takes nothing from a table of past requests beside the form', () => {
    const past = layTable(
      'history',
      ['Request', 'Drug', 'Member ID', 'Submitted', 'Status'],
      [
        ['PA-20931', 'Kineret (anakinra)', 'U4829163702', '06/30/2026', 'Approved'],
        ['PA-19802', 'colchicine', 'U4829163702', '01/02/2026', 'Denied'],
      ],
    );
    page(
      form(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
        `<div class="layui-card"><div class="layui-card-header">Previous requests</div><div class="layui-card-body">${past}</div></div>`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
