import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * jQuery Mobile 1.4.5 (jquery/jquery-mobile at tag 1.4.5, 3d7eace: js/widgets/forms/textinput.js +
 * clearButton.js, select.js + select.custom.js, popup.js, listview.js, filterable.backcompat.js,
 * forms/flipswitch.js, forms/checkboxradio.js, controlgroup.js, collapsible.js; demos/textinput,
 * demos/selectmenu-custom):
 * - a page is `div.ui-page[data-role=page]` (the active one `ui-page-active`; Ajax navigation keeps the first
 *   page loaded in the DOM, hidden by CSS only), `div.ui-header[role=banner] > h1.ui-title`, `div.ui-content[role=main]`.
 * - forms sit in an inset listview: `ul.ui-listview.ui-listview-inset` of `li.ui-li-divider[role=heading]` and
 *   `li.ui-field-contain.ui-li-static` > `label[for]` + the widget.
 * - textinput wraps its input: `div.ui-input-text.ui-body-inherit.ui-corner-all.ui-shadow-inset`; with
 *   data-clear-btn it adds `a.ui-input-clear[tabindex=-1][aria-hidden=true][title="Clear text"]` "Clear text".
 * - selectmenu: `div.ui-select > <button> > span(shown text) + select`; native menu: the button is a `div.ui-btn`;
 *   custom menu (data-native-menu=false): `a#<id>-button[href=#][role=button][aria-haspopup=true][aria-owns=<id>-menu]`,
 *   the select given tabindex=-1, the popup's placeholder div left after it, and the popup itself appended to the
 *   END of the page: `div#<id>-listbox-screen.ui-popup-screen.ui-screen-hidden` + `div#<id>-listbox-popup
 *   .ui-popup-container.ui-popup-hidden.ui-popup-truncate > div#<id>-listbox.ui-selectmenu.ui-popup` > header
 *   (h1.ui-title = the placeholder option's text; multiple: a "Close" button) + `ul#<id>-menu.ui-selectmenu-list
 *   [role=listbox][aria-labelledby=<id>-button]` of `li[role=option][aria-selected][data-option-index]` > `a.ui-btn`
 *   (chosen: `ui-btn-active`; multiple: `ui-checkbox-on/off`; the placeholder item `ui-screen-hidden`). A multiple
 *   select's button shows the chosen texts joined ", " and a `span.ui-li-count` bubble with their number.
 * - flipswitch: `div.ui-flipswitch[.ui-flipswitch-active] > a.ui-flipswitch-on.ui-btn(on text) + span.ui-flipswitch-off
 *   (off text) + select.ui-flipswitch-input[tabindex=-1]`.
 * - checkboxradio in a controlgroup: `fieldset.ui-controlgroup > div.ui-controlgroup-label[role=heading] > legend` +
 *   `div.ui-controlgroup-controls > div.ui-radio > label.ui-btn.ui-radio-on/off[for] + input`.
 * - collapsible: `div.ui-collapsible > h3.ui-collapsible-heading > a.ui-collapsible-heading-toggle.ui-btn`(title +
 *   `span.ui-collapsible-heading-status` " click to collapse contents") + `div.ui-collapsible-content`
 *   (collapsed: `ui-collapsible-content-collapsed`, `aria-hidden=true`).
 * - a listview filter: `form.ui-filterable > div.ui-input-search > input[data-type=search][placeholder="Filter items..."]`.
 * - table (data-mode=columntoggle, table.columntoggle.js): `a.ui-table-columntoggle-btn` "Columns..." and the popup's
 *   placeholder before `table.ui-table.ui-table-columntoggle`, its `th[data-priority]` (and their cells) classed
 *   `ui-table-priority-N`; the popup `div.ui-table-columntoggle-popup` holds a controlgroup fieldset of
 *   `div.ui-checkbox > label.ui-btn.ui-checkbox-on > input[type=checkbox][checked] + header text`, one per
 *   prioritised column, and is moved to the end of the page like any popup.
 * - a popup (data-role=popup) is moved to the end of its page in the same screen + container pair as above.
 */

const item = (id: string, label: string, widget: string) =>
  `<li class="ui-field-contain ui-li-static ui-body-inherit"><label for="${id}">${label}</label>${widget}</li>`;
const divider = (title: string) => `<li data-role="list-divider" role="heading" class="ui-li-divider ui-bar-inherit">${title}</li>`;
const listview = (body: string) =>
  `<ul data-role="listview" data-inset="true" class="ui-listview ui-listview-inset ui-corner-all ui-shadow">${body}</ul>`;

function textinput(id: string, value: string, o: { type?: string; clear?: boolean; placeholder?: string; disabled?: boolean } = {}) {
  const clear = o.clear
    ? `<a href="#" tabindex="-1" aria-hidden="true" class="ui-input-clear ui-btn ui-icon-delete ui-btn-icon-notext ui-corner-all${value ? '' : ' ui-input-clear-hidden'}" title="Clear text">Clear text</a>`
    : '';
  return `<div class="ui-input-text ui-body-inherit ui-corner-all ui-shadow-inset${o.clear ? ' ui-input-has-clear' : ''}${o.disabled ? ' ui-state-disabled' : ''}"><input type="${o.type ?? 'text'}" name="${id}" id="${id}" value="${value}"${o.clear ? ' data-clear-btn="true"' : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.disabled ? ' disabled="disabled"' : ''}>${clear}</div>`;
}
const text = (id: string, label: string, value: string, o: Parameters<typeof textinput>[2] = {}) =>
  item(id, label, textinput(id, value, o));

const options = (chosen: string[], opts: string[], placeholder?: string) =>
  `${placeholder ? `<option value=""${chosen.length ? '' : ' selected'}${placeholder ? ' data-placeholder="true"' : ''}>${placeholder}</option>` : ''}${opts
    .map((v) => `<option value="${v}"${chosen.includes(v) ? ' selected' : ''}>${v}</option>`)
    .join('')}`;

/** a native-menu selectmenu (the default) */
const nativeSelect = (id: string, label: string, chosen: string, opts: string[]) =>
  item(
    id,
    label,
    `<div class="ui-select"><div id="${id}-button" class="ui-btn ui-icon-carat-d ui-btn-icon-right ui-corner-all ui-shadow"><span>${chosen || opts[0]}</span><select name="${id}" id="${id}">${options([chosen], opts)}</select></div></div>`,
  );

/** a custom-menu selectmenu: the item, and its closed popup for the end of the page */
function customSelect(id: string, label: string, chosen: string[], opts: string[], o: { placeholder: string; multiple?: boolean }) {
  const shown = chosen.length ? chosen.join(', ') : o.placeholder;
  const count = o.multiple
    ? `<span class="ui-li-count ui-body-inherit"${chosen.length > 1 ? ' style=""' : ' style="display: none;"'}>${chosen.length}</span>`
    : '';
  const widget = `<div class="ui-select"><a href="#" role="button" id="${id}-button" aria-haspopup="true" aria-owns="${id}-menu" class="ui-btn ui-icon-carat-d ui-btn-icon-right ui-corner-all ui-shadow${o.multiple ? ' ui-li-has-count' : ''}"><span>${shown}</span>${count}<select name="${id}" id="${id}" data-native-menu="false"${o.multiple ? ' multiple="multiple"' : ''} tabindex="-1">${options(chosen, opts, o.placeholder)}</select><div style="display: none;" id="${id}-listbox-placeholder"><!-- placeholder for ${id}-listbox --></div></a></div>`;
  const all = [o.placeholder, ...opts];
  const lis = all
    .map((v, i) => {
      const sel = chosen.includes(v) || (i === 0 && !chosen.length && !o.multiple);
      const cls = [i === 0 ? 'ui-screen-hidden' : '', i === 0 ? 'ui-first-child' : '', i === all.length - 1 ? 'ui-last-child' : '']
        .filter(Boolean)
        .join(' ');
      const a = o.multiple ? `ui-btn ui-checkbox-${sel ? 'on' : 'off'} ui-btn-icon-right` : `ui-btn${sel && i > 0 ? ' ui-btn-active' : ''}`;
      return `<li data-option-index="${i}" data-icon="false"${i === 0 ? ' data-placeholder="true"' : ''} class="${cls}" role="option" aria-selected="${sel}"><a href="#" tabindex="-1" class="${a}">${v}</a></li>`;
    })
    .join('');
  const popup = `<div class="ui-screen-hidden ui-popup-screen ui-overlay-inherit" id="${id}-listbox-screen"></div><div class="ui-popup-container ui-popup-hidden ui-popup-truncate" id="${id}-listbox-popup"><div id="${id}-listbox" class="ui-selectmenu ui-popup ui-body-inherit ui-overlay-shadow ui-corner-all"><div class="ui-header ui-bar-inherit"><h1 class="ui-title">${o.placeholder}</h1>${o.multiple ? '<a role="button" href="#" class="ui-btn ui-corner-all ui-btn-left ui-btn-icon-notext ui-icon-delete">Close</a>' : ''}</div><ul class="ui-selectmenu-list ui-listview" id="${id}-menu" role="listbox" aria-labelledby="${id}-button">${lis}</ul></div></div>`;
  return { html: item(id, label, widget), popup };
}

const jqmPage = (id: string, body: string, tail = '', active = true) =>
  `<div data-role="page" id="${id}" data-url="${id}" tabindex="0" class="ui-page ui-page-theme-a${active ? ' ui-page-active' : ''}" style="min-height: 640px;"><div data-role="header" role="banner" class="ui-header ui-bar-inherit"><h1 class="ui-title" role="heading" aria-level="1">Prior authorization</h1></div><div role="main" class="ui-content">${body}</div>${tail}</div>`;
const doc = (html: string) => `<div class="ui-mobile-viewport ui-overlay-a">${html}</div>`;

const flip = (id: string, label: string, on: boolean) =>
  item(
    id,
    label,
    `<div class="ui-flipswitch ui-shadow-inset ui-bar-inherit${on ? ' ui-flipswitch-active' : ''} ui-corner-all"><a href="#" class="ui-flipswitch-on ui-btn ui-shadow ui-btn-inherit">Yes</a><span class="ui-flipswitch-off">No</span><select name="${id}" id="${id}" data-role="flipswitch" class="ui-flipswitch-input" tabindex="-1"><option value="no"${on ? '' : ' selected'}>No</option><option value="yes"${on ? ' selected' : ''}>Yes</option></select></div>`,
  );

const freq = () =>
  customSelect('frequency', 'Frequency:', ['Every 4 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], {
    placeholder: 'Choose a frequency',
  });
const codes = (chosen = ['M04.1', 'M06.1']) =>
  customSelect('icd10', 'ICD-10 codes:', chosen, ['M04.1', 'M06.1', 'M04.8'], { placeholder: 'Choose codes', multiple: true });

function collapsible(title: string, body: string, collapsed: boolean) {
  return `<div data-role="collapsible" class="ui-collapsible ui-collapsible-inset ui-corner-all${collapsed ? ' ui-collapsible-collapsed' : ''}"><h3 class="ui-collapsible-heading${collapsed ? ' ui-collapsible-heading-collapsed' : ''}"><a href="#" class="ui-collapsible-heading-toggle ui-btn ui-icon-${collapsed ? 'plus' : 'minus'} ui-btn-icon-left ui-btn-inherit">${title}<span class="ui-collapsible-heading-status"> click to ${collapsed ? 'expand' : 'collapse'} contents</span></a></h3><div class="ui-collapsible-content ui-body-inherit${collapsed ? ' ui-collapsible-content-collapsed' : ''}" aria-hidden="${collapsed}">${body}</div></div>`;
}
const therapy = (i: 0 | 1, collapsed = false) =>
  collapsible(
    `Prior therapy ${i + 1}`,
    listview(
      (['drug', 'dose', 'start', 'stop', 'outcome'] as const)
        .map((k) =>
          text(
            `t${i}_${k}`,
            { drug: 'Drug:', dose: 'Dose:', start: 'Start date:', stop: 'Stop date:', outcome: 'Outcome:' }[k],
            ISO_THERAPIES[`priorTherapies.${i}.${k}`],
            { type: k === 'start' || k === 'stop' ? 'date' : 'text' },
          ),
        )
        .join(''),
    ),
    collapsed,
  );

function fullRequest(o: { collapsed?: boolean } = {}) {
  const f = freq();
  const c = codes();
  const form = `<form action="/pa/submit" method="post">${listview(
    `${divider('Member')}${text('member_id', 'Member ID:', ISO_REQUEST['patient.memberId'], { clear: true })}${text('dob', 'Date of birth:', ISO_REQUEST['patient.dob'], { type: 'date' })}${text('weight', 'Weight (kg):', '72', { type: 'number' })}
    ${divider('Diagnosis')}${c.html}
    ${divider('Medication')}${nativeSelect('drug', 'Drug name:', ISO_REQUEST['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code:', ISO_REQUEST['drug.hcpcs'])}${text('ndc', 'NDC:', ISO_REQUEST['drug.ndc'])}${text('dose', 'Dose (mg):', '150', { type: 'number' })}${text('units', 'Billing units:', '150', { type: 'number' })}${f.html}
    ${divider('Labs')}${text('crp', 'CRP (mg/L):', '24', { type: 'number' })}${text('crp_date', 'CRP collection date:', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`,
  )}<h3 class="ui-bar ui-bar-a ui-corner-all">Prior therapies</h3><div data-role="collapsibleset" class="ui-collapsible-set ui-corner-all">${therapy(0, o.collapsed)}${therapy(1, o.collapsed)}</div>${listview(
    `${divider('Prescriber')}${text('npi', 'Prescriber NPI:', ISO_REQUEST['prescriber.npi'])}`,
  )}<button type="submit" class="ui-btn ui-corner-all ui-shadow">Submit request</button></form>`;
  return jqmPage('pa-request', form, `${c.popup}${f.popup}`);
}

describe('jQuery Mobile 1.4: field-contain listviews, textinput, selectmenu (native and custom), flipswitch, controlgroups', () => {
  it('reads the full Ilaris request', () => {
    page(doc(fullRequest()));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads the therapies of a collapsed collapsible set (content aria-hidden) in their order', () => {
    page(doc(fullRequest({ collapsed: true })));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
  });

  it('names a textinput by its field-contain label, not its "Clear text" button', () => {
    page(
      doc(
        jqmPage(
          'p',
          `<form>${listview(`${text('member_id', 'Member ID:', ISO_REQUEST['patient.memberId'], { clear: true })}${text('npi', 'Prescriber NPI:', '', { clear: true, placeholder: '10 digits' })}`)}</form>`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': '' });
    expect(field('patient.memberId')?.label).toBe('Member ID:');
  });

  it('reads a custom selectmenu by its chosen text, and nothing from its closed popup listbox at the end of the page', () => {
    const f = customSelect('frequency', 'Frequency:', ['Every 8 weeks'], ['Every 4 weeks', 'Every 8 weeks', 'Once'], {
      placeholder: 'Choose a frequency',
    });
    page(doc(jqmPage('p', `<form>${listview(f.html)}</form>`, f.popup)));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    nothingFrom('.ui-popup-container');
  });

  it('reads a custom selectmenu showing its placeholder option as empty', () => {
    const f = customSelect('frequency', 'Frequency:', [], ['Every 4 weeks', 'Every 8 weeks', 'Once'], {
      placeholder: 'Choose a frequency',
    });
    page(doc(jqmPage('p', `<form>${listview(f.html)}</form>`, f.popup)));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a multiple custom selectmenu as its chosen codes, not its count bubble', () => {
    const c = codes();
    page(doc(jqmPage('p', `<form>${listview(c.html)}</form>`, c.popup)));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('.ui-popup-container');
  });

  it('reads yes/no flipswitches by their chosen option, not the on/off texts drawn beside them', () => {
    page(
      doc(
        jqmPage(
          'p',
          `<form>${listview(`${flip('hosp', 'Hospitalized for a flare in the last 30 days?', false)}${flip('colch', 'Is the patient continuing colchicine?', true)}`)}</form>`,
        ),
      ),
    );
    expect(read()).toEqual({ 'clinical.hospitalization': 'No', 'clinical.colchicineContinuing': 'Yes' });
  });

  // misread: the radios are not mapped: controlgroup moves the legend into `div.ui-controlgroup-label[role=heading]`
  // (no longer the fieldset's first child), so "Frequency:" is read as the section heading and names no group
  it.fails('reads a horizontal radio controlgroup named by its legend', () => {
    const radio = (v: string, i: number, on: boolean) =>
      `<div class="ui-radio"><label for="freq-${i}" class="ui-btn ui-corner-all ui-btn-inherit ui-radio-${on ? 'on ui-btn-active' : 'off'}${i === 0 ? ' ui-first-child' : ''}${i === 2 ? ' ui-last-child' : ''}">${v}</label><input type="radio" name="freq" id="freq-${i}" value="${v}"${on ? ' checked="checked"' : ''} data-cacheval="${!on}"></div>`;
    const group = `<li class="ui-field-contain ui-li-static ui-body-inherit"><fieldset data-role="controlgroup" data-type="horizontal" class="ui-controlgroup ui-controlgroup-horizontal ui-corner-all"><div role="heading" class="ui-controlgroup-label"><legend>Frequency:</legend></div><div class="ui-controlgroup-controls">${[
      'Every 4 weeks',
      'Every 8 weeks',
      'Once',
    ]
      .map((v, i) => radio(v, i, i === 0))
      .join('')}</div></fieldset></li>`;
    page(doc(jqmPage('p', `<form>${listview(`${text('member_id', 'Member ID:', ISO_REQUEST['patient.memberId'])}${group}`)}</form>`)));
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'drug.frequency': 'Every 4 weeks' });
  });

  it('reads nothing from the cached first page: a filtered listview of past requests', () => {
    const past = jqmPage(
      'requests',
      `<form class="ui-filterable"><div class="ui-input-search ui-body-inherit ui-corner-all ui-shadow-inset ui-input-has-clear"><input data-type="search" placeholder="Filter items..." value="Kineret"><a href="#" tabindex="-1" aria-hidden="true" class="ui-input-clear ui-btn ui-icon-delete ui-btn-icon-notext ui-corner-all" title="Clear text">Clear text</a></div></form><ul data-role="listview" data-filter="true" class="ui-listview">${[
        ['Kineret (anakinra)', 'U7310048821', 'M06.1', 'Denied'],
        ['Ilaris (canakinumab)', 'U4829163702', 'M04.1', 'Approved'],
      ]
        .map(
          ([d, m, c, s], i) =>
            `<li class="${i === 1 ? 'ui-screen-hidden ' : ''}${i === 0 ? 'ui-first-child' : 'ui-last-child'}"><a href="#request-${i}" class="ui-btn ui-btn-icon-right ui-icon-carat-r"><h2>${d}</h2><p>Member ${m} · ICD-10 ${c}</p><p class="ui-li-aside">${s}</p></a></li>`,
        )
        .join('')}</ul>`,
      '',
      false,
    );
    page(doc(`${past}${fullRequest()}`));
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    nothingFrom('#requests');
  });

  // misread: WRONG VALUE: the closed popup's native outcome select (its first option shown by default) is read as
  // priorTherapies.0.outcome "Inadequate response", its empty boxes as therapy 0's drug and dose: the reader knows
  // the container hidden by jQM's `ui-popup-hidden` class, but a filled hidden box keeps its path while no box
  // shown claims it (a collapsed section's), and a dialog in a hidden wrapper is not taken as closed (OmniScript)
  it.fails('reads nothing from a closed "Add therapy" popup left at the end of the page', () => {
    const popup = `<div class="ui-screen-hidden ui-popup-screen ui-overlay-b" id="add-therapy-screen"></div><div class="ui-popup-container ui-popup-hidden ui-popup-truncate" id="add-therapy-popup"><div data-role="popup" id="add-therapy" data-overlay-theme="b" class="ui-popup ui-body-a ui-overlay-shadow ui-corner-all"><form><div style="padding: 10px 20px;"><h3>Add a prior therapy</h3><label for="new_drug" class="ui-hidden-accessible">Drug:</label>${textinput('new_drug', '', { placeholder: 'Drug' })}<label for="new_dose" class="ui-hidden-accessible">Dose:</label>${textinput('new_dose', '', { placeholder: 'Dose' })}<label for="new_outcome" class="ui-hidden-accessible">Outcome:</label><div class="ui-select"><div id="new_outcome-button" class="ui-btn ui-icon-carat-d ui-btn-icon-right ui-corner-all ui-shadow"><span>Inadequate response</span><select name="new_outcome" id="new_outcome"><option value="inadequate">Inadequate response</option><option value="intolerance">Intolerance</option></select></div></div><button type="submit" class="ui-btn ui-corner-all ui-shadow ui-btn-b">Add</button></div></form></div></div>`;
    const f = freq();
    page(
      doc(
        jqmPage(
          'p',
          `<form>${listview(`${nativeSelect('drug', 'Drug name:', ISO_REQUEST['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${f.html}`)}<a href="#add-therapy" data-rel="popup" class="ui-btn ui-corner-all">Add therapy</a></form>`,
          `${f.popup}${popup}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.frequency': 'Every 4 weeks' });
  });

  // misread: WRONG VALUE: the closed column-chooser popup's checked boxes are read as one checkbox group, a third
  // therapy's outcome: priorTherapies.2.outcome "Dose, Start date, Stop date, Outcome" (hidden only by `ui-popup-hidden`)
  it.fails('reads a columntoggle table of therapies, and nothing from its closed "Columns..." popup of column checkboxes', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'];
    const prio = (j: number) => (j === 0 ? '' : ` data-priority="${j}" class="ui-table-priority-${j}"`);
    const table = `<h3>Prior therapies</h3><div style="display: none;" id="therapies-popup-placeholder"><!-- placeholder for therapies-popup --></div><a href="#therapies-popup" class="ui-table-columntoggle-btn ui-btn ui-btn-a ui-corner-all ui-shadow ui-mini" data-rel="popup">Columns...</a><table data-role="table" id="therapies" data-mode="columntoggle" class="ui-responsive table-stroke ui-table ui-table-columntoggle"><thead><tr>${cols
      .map((c, j) => `<th${prio(j)}>${c}</th>`)
      .join('')}</tr></thead><tbody>${[0, 1]
      .map(
        (i) =>
          `<tr>${(['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k, j) => `<td${prio(j)}>${ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`]}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table>`;
    const popup = `<div class="ui-screen-hidden ui-popup-screen ui-overlay-inherit" id="therapies-popup-screen"></div><div class="ui-popup-container ui-popup-hidden ui-popup-truncate" id="therapies-popup-popup"><div class="ui-table-columntoggle-popup ui-popup ui-body-inherit ui-overlay-shadow ui-corner-all" id="therapies-popup"><fieldset class="ui-controlgroup ui-controlgroup-vertical ui-corner-all"><div class="ui-controlgroup-controls ">${cols
      .slice(1)
      .map(
        (c, j) =>
          `<div class="ui-checkbox"><label class="ui-btn ui-corner-all ui-btn-inherit ui-btn-icon-left ui-checkbox-on${j === 0 ? ' ui-first-child' : ''}${j === 3 ? ' ui-last-child' : ''}"><input type="checkbox" checked="" data-cacheval="false">${c}</label></div>`,
      )
      .join('')}</div></fieldset></div></div>`;
    page(
      doc(
        jqmPage(
          'p',
          `<form>${listview(`${text('dose', 'Dose (mg):', '150', { type: 'number' })}${text('crp_date', 'CRP collection date:', ISO_REQUEST['labs.crpDate'], { type: 'date' })}`)}${table}</form>`,
          popup,
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.dose': '150', 'labs.crpDate': ISO_REQUEST['labs.crpDate'], ...ISO_THERAPIES });
    nothingFrom('.ui-popup-container');
  });
});
