import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * ngx-bootstrap (valor-software/ngx-bootstrap, Bootstrap 5 markup) as its components render, from:
 * - src/typeahead/typeahead-container.component.ts @011f867 (host `class="dropdown open bottom"` + `dropdown-menu`,
 *   inline `position: absolute; display: block`) and typeahead-container.component.html @033f6e3 (Bootstrap 4+
 *   template: `h6.dropdown-header` group headers, `button.dropdown-item[.active] > span` with the query in
 *   `<strong>`; HEAD adds role=listbox/option and the input's aria-autocomplete/aria-expanded/aria-owns, no role);
 *   `container="body"` appends the typeahead-container to the end of body.
 * - src/buttons/button-radio.directive.ts @f9219ec (`[btnRadio]` host: role=radio, aria-checked, class active,
 *   tabindex 0 on the active one, -1 on the others) and button-radio-group.directive.ts @aef05e7 (role=radiogroup,
 *   tabindex 0); the docs' markup: `div.btn-group[btnRadioGroup] > label.btn[btnRadio]`.
 * - src/timepicker/timepicker.component.html @139c732 (a table: chevron rows, `input.bs-timepicker-field`
 *   placeholder "HH"/"MM" aria-label "hours"/"minutes", the meridian button).
 * - bsDatepicker: the input (`bsdatepicker`, placeholder) and `bs-datepicker-container[role=dialog]
 *   [aria-label=calendar]` appended to body (themes/bs/bs-datepicker-container.component.ts, bs-datepicker-view.html,
 *   bs-days-calendar-view, bs-datepicker-navigation-view), as in round7's probe.
 * - src/accordion/accordion-group.component.html @0beb75a (`div.panel.card > div.panel-heading.card-header[role=tab]
 *   > .panel-title > .accordion-toggle > a.btn.btn-link[role=button][aria-expanded]`, then `div.panel-collapse.collapse
 *   [role=tabpanel][collapse]` > `.panel-body.card-body`) with src/collapse/collapse.directive.ts @17bf61c (collapsed:
 *   inline `display: none`, aria-hidden=true; open: `in show`, `display: block`).
 * - src/tabs/tabset.component.html @063cca5 (`ul.nav.nav-tabs[role=tablist] > li.nav-item > a.nav-link[role=tab]
 *   [aria-selected][aria-controls]`, then `div.tab-content`) and tab.directive.ts @063cca5 (`tab[role=tabpanel]
 *   .tab-pane[.active][id][aria-labelledby]`; an inactive pane stays in the DOM, hidden by Bootstrap's CSS only).
 * - src/modal/modal.directive.ts @01bf751 (`[bsModal]` static modal: the app's `div.modal.fade[role=dialog]` stays
 *   where it is written; shown: `display: block`, `in show`, aria-hidden=false; hidden again: `display: none`,
 *   aria-hidden=true; never shown: Bootstrap's `.modal` class alone hides it).
 */

const ng = 'ng-untouched ng-pristine ng-valid';
let n = 0;

const input = (id: string, value: string, attrs = '') =>
  `<input type="text" class="form-control ${ng}" id="${id}"${attrs} value="${value}">`;
const group = (id: string, label: string, control: string) =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label>${control}</div>`;
const text = (id: string, label: string, value: string, attrs = '') => group(id, label, input(id, value, attrs));
const date = (id: string, label: string, value: string) => group(id, label, input(id, value, ' placeholder="MM/DD/YYYY" bsdatepicker=""'));
const fieldset = (legend: string, body: string) => `<fieldset class="mb-4"><legend class="h5">${legend}</legend>${body}</fieldset>`;
const app = (body: string, tail = '') =>
  `<app-root ng-version="17.3.0"><div class="container"><form novalidate="" class="${ng}">${body}<button type="submit" class="btn btn-primary">Submit request</button></form></div></app-root>${tail}`;

/** a typeahead input (container="body"); `open` gives the container for the end of body */
function typeahead(id: string, label: string, value: string, open?: { matches: string[]; query: string }) {
  const pop = `ngb-typeahead-${n++}`;
  const html = group(
    id,
    label,
    input(
      id,
      value,
      ` typeahead="" autocomplete="off" aria-autocomplete="list" aria-expanded="${!!open}"${open ? ` aria-owns="${pop}" aria-activedescendant="${pop}-1"` : ''}`,
    ),
  );
  const container = open
    ? `<typeahead-container role="listbox" id="${pop}" class="dropdown open bottom dropdown-menu" style="position: absolute; display: block; height: auto; visibility: visible; overflow-y: visible; top: 0px; left: 0px; transform: translate3d(24px, 318px, 0px);">${open.matches
        .map((m, i) =>
          m.startsWith('# ')
            ? `<h6 class="dropdown-header">${m.slice(2)}</h6>`
            : `<button id="${pop}-${i}" role="option" class="dropdown-item${i === 1 ? ' active' : ''}"><span><strong>${m.slice(0, open.query.length)}</strong>${m.slice(open.query.length)}</span></button>`,
        )
        .join('')}</typeahead-container>`
    : '';
  return { html, container };
}

/** btnRadio buttons in a btnRadioGroup, after a label for the group (linked to nothing, as in the docs) */
const btnRadios = (label: string, options: string[], chosen: string) =>
  `<div class="mb-3"><label class="form-label d-block">${label}</label><div class="btn-group ${ng}" btnradiogroup="" role="radiogroup" tabindex="0">${options
    .map(
      (o) =>
        `<label class="btn btn-outline-primary${o === chosen ? ' active' : ''}" btnradio="${o}" role="radio" aria-checked="${o === chosen}" tabindex="${o === chosen || !chosen ? 0 : -1}">${o}</label>`,
    )
    .join('')}</div></div>`;

const chevron = (dir: string) => `<td><a class="btn btn-link"><span class="bs-chevron bs-chevron-${dir}"></span></a></td>`;
const timepicker = (label: string, hours: string, minutes: string) =>
  `<div class="mb-3"><label class="form-label">${label}</label><timepicker class="${ng}"><table><tbody><tr class="text-center">${chevron('up')}<td>&nbsp;&nbsp;&nbsp;</td>${chevron('up')}<td>&nbsp;&nbsp;&nbsp;</td><td></td></tr><tr><td class="form-group"><input type="text" class="form-control text-center bs-timepicker-field" placeholder="HH" maxlength="2" aria-label="hours" value="${hours}"></td><td>&nbsp;:&nbsp;</td><td class="form-group"><input type="text" class="form-control text-center bs-timepicker-field" placeholder="MM" maxlength="2" aria-label="minutes" value="${minutes}"></td><td>&nbsp;&nbsp;&nbsp;</td><td><button type="button" class="btn btn-default text-center">AM</button></td></tr><tr class="text-center">${chevron('down')}<td>&nbsp;&nbsp;&nbsp;</td>${chevron('down')}<td>&nbsp;&nbsp;&nbsp;</td><td></td></tr></tbody></table></timepicker></div>`;

/** the bsDatepicker calendar (March 1988, the 14th selected), appended to body */
const calendar = () =>
  `<bs-datepicker-container class="bottom" role="dialog" aria-label="calendar" style="display: block; position: absolute; top: 0px; left: 0px; transform: translate(24px, 212px);"><div class="bs-datepicker theme-green"><div class="bs-datepicker-container"><div class="bs-calendar-container" role="application"><div class="bs-media-container"><bs-days-calendar-view><bs-calendar-layout><div class="bs-datepicker-head"><bs-datepicker-navigation-view><button class="previous" type="button"><span>‹</span></button>&#8203;<button class="current" type="button"><span>March</span></button>&#8203;<button class="current" type="button"><span>1988</span></button>&#8203;<button class="next" type="button"><span>›</span></button></bs-datepicker-navigation-view></div><div class="bs-datepicker-body"><table role="grid" class="days weeks"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th aria-label="weekday">${d}</th>`).join('')}</tr></thead><tbody><tr>${[
    13, 14, 15, 16, 17, 18, 19,
  ]
    .map((d) => `<td role="gridcell"><span bsdatepickerdaydecorator=""${d === 14 ? ' class="selected"' : ''}>${d}</span></td>`)
    .join('')}</tr></tbody></table></div></bs-calendar-layout></bs-days-calendar-view></div></div></div></div></bs-datepicker-container>`;

const therapyFields = (i: 0 | 1) =>
  `${text(`t${i}drug`, 'Drug', THERAPIES[`priorTherapies.${i}.drug`])}${text(`t${i}dose`, 'Dose', THERAPIES[`priorTherapies.${i}.dose`])}${date(`t${i}start`, 'Start date', THERAPIES[`priorTherapies.${i}.start`])}${date(`t${i}stop`, 'Stop date', THERAPIES[`priorTherapies.${i}.stop`])}${text(`t${i}outcome`, 'Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}`;
const accordionGroup = (heading: string, body: string, open: boolean) =>
  `<accordion-group class="panel${open ? ' panel-open' : ''}" style="display: block;"><div class="panel card"><div class="panel-heading card-header" role="tab"><div class="panel-title"><div class="accordion-toggle"><a role="button" aria-expanded="${open}" href="" class="btn btn-link">${heading}</a></div></div></div><div class="panel-collapse collapse${open ? ' in show' : ''}" role="tabpanel" aria-expanded="${open}" aria-hidden="${!open}" style="display: ${open ? 'block' : 'none'};"><div class="panel-body card-block card-body">${body}</div></div></div></accordion-group>`;
const therapies = () =>
  `<h5>Prior therapies</h5><accordion role="tablist" class="panel-group" style="display: block;">${accordionGroup('Prior therapy 1', therapyFields(0), false)}${accordionGroup('Prior therapy 2', therapyFields(1), true)}</accordion>`;

/** the app's static `[bsModal]` "Change prescriber" modal; `style` is what ModalDirective left on it */
const modal = (id: string, style: string, npi: string) =>
  `<div bsmodal="" class="modal fade" tabindex="-1" role="dialog" aria-labelledby="${id}-title"${style}><div class="modal-dialog modal-sm"><div class="modal-content"><div class="modal-header"><h4 id="${id}-title" class="modal-title pull-left">Change prescriber</h4><button type="button" class="btn-close close pull-right" aria-label="Close"><span aria-hidden="true" class="visually-hidden">×</span></button></div><div class="modal-body">${text(`${id}Npi`, 'Prescriber NPI', npi)}${text(`${id}Name`, 'Prescriber name', 'Dr. Rivera')}</div></div></div></div>`;

const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('ngx-bootstrap: typeahead in body, btnRadio, timepicker, bsDatepicker, accordion, tabset, bsModal', () => {
  it('reads the full Ilaris request, the collapsed accordion group’s therapy too', () => {
    page(
      app(
        `${fieldset('Member', `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'])}${text('weight', 'Weight (kg)', '72')}`)}
        ${fieldset('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1'))}
        ${fieldset(
          'Medication',
          `${typeahead('drugName', 'Drug name', ILARIS['drug.name']).html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${btnRadios('Frequency', FREQ, 'Every 4 weeks')}`,
        )}
        ${fieldset('Labs', `${text('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}${timepicker('Collection time', '09', '30')}`)}
        ${therapies()}
        ${fieldset('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('reads a btnRadio group whose first button is checked', () => {
    page(app(`${btnRadios('Frequency', FREQ, 'Every 4 weeks')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('reads a btnRadio group by its checked button, and one with none checked as empty', () => {
    page(app(`${btnRadios('Frequency', FREQ, 'Every 8 weeks')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    page(app(btnRadios('Frequency', FREQ, '')));
    expect(read()).toEqual({ 'drug.frequency': '' });
  });

  it('reads a typeahead by what is typed, nothing from its container (group headers) at the end of body', () => {
    const t = typeahead('drugName', 'Drug name', 'Il', {
      matches: ['# IL-1 inhibitors', 'Ilaris (canakinumab)', '# IL-23 inhibitors', 'Ilumya (tildrakizumab)'],
      query: 'Il',
    });
    page(app(`${t.html}${text('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`, t.container));
    expect(read()).toEqual({ 'drug.name': 'Il', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('typeahead-container');
  });

  it('reads the date while its bsDatepicker calendar is open in body, and no field from a timepicker beside it', () => {
    page(
      app(
        `${text('crp', 'CRP (mg/L)', '24')}${date('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}${timepicker('Collection time', '09', '30')}`,
        calendar(),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('bs-datepicker-container');
    nothingFrom('timepicker');
  });

  it('reads prior therapies from accordion groups in order, the collapsed one (display: none) included', () => {
    page(app(therapies()));
    expect(read()).toEqual({ ...THERAPIES });
    expect(field('priorTherapies.0.drug')?.field.element.id).toBe('t0drug');
  });

  it('reads the new request in the active tab, not the last approved request’s read-only copy in the inactive tab', () => {
    const tab = (i: number, heading: string, active: boolean, body: string) => ({
      link: `<li class="nav-item${active ? ' active' : ''}"><a href="javascript:void(0);" class="nav-link${active ? ' active' : ''}" id="tab${i}-link" role="tab" aria-selected="${active}" aria-controls="tabpanel-${i}"><span>${heading}</span></a></li>`,
      pane: `<tab role="tabpanel" class="tab-pane${active ? ' active' : ''}" id="tabpanel-${i}" aria-labelledby="tab${i}-link">${body}</tab>`,
    });
    const ro = ' readonly=""';
    const tabs = [
      tab(
        1,
        'New request',
        true,
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${date('dob', 'Date of birth', ILARIS['patient.dob'])}${text('dose', 'Dose (mg)', '150')}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
      tab(
        2,
        'Last approved request',
        false,
        `${text('prevMemberId', 'Member ID', ILARIS['patient.memberId'], ro)}${text('prevDob', 'Date of birth', ILARIS['patient.dob'], ro)}${text('prevDose', 'Dose (mg)', '300', ro)}${text('prevNpi', 'Prescriber NPI', '1987654321', ro)}`,
      ),
    ];
    page(
      app(
        `<tabset class="tab-container"><ul class="nav nav-tabs" role="tablist">${tabs.map((t) => t.link).join('')}</ul><div class="tab-content">${tabs.map((t) => t.pane).join('')}</div></tabset>`,
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'drug.dose': '150',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
  });

  it('takes nothing from a static bsModal never shown (hidden by its .modal class alone)', () => {
    page(
      app(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${modal('never', '', '1987654321')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('takes nothing from a static bsModal shown and hidden again (display: none, aria-hidden)', () => {
    page(
      app(
        `${text('memberId', 'Member ID', ILARIS['patient.memberId'])}${text('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}${modal('closed', ' aria-hidden="true" style="display: none;"', '1555555555')}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('.modal');
  });
});
