import { describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * ng-bootstrap (ng-bootstrap/ng-bootstrap HEAD, package.json 21.0.0, Bootstrap 5 markup; opened
 * src/typeahead/typeahead.ts (the input's host bindings: role=combobox, aria-autocomplete,
 * aria-expanded, aria-controls, aria-activedescendant, class "open"), src/typeahead/typeahead-window.ts
 * (`ngb-typeahead-window.dropdown-menu.show[role=listbox]` of `button.dropdown-item[role=option]`
 * holding `ngb-highlight`), src/datepicker/datepicker-navigation.ts and
 * datepicker-navigation-select.ts (two native `select.form-select` "Select month" / "Select year" in
 * the popup header, a visually-hidden live month name), src/datepicker/datepicker.ts
 * (`ngb-datepicker-month[role=grid]` rows of `div.ngb-dp-day[role=gridcell][aria-label]`),
 * src/timepicker/timepicker.ts (`ngb-timepicker > fieldset` with "HH"/"MM" boxes)). The
 * popups are inserted right after their input (container="body" puts them at the end of body);
 * NgbTypeahead's Live service keeps `div#ngb-live.visually-hidden[aria-live=polite]` in body
 * ("2 results available"). The ngbDatepicker input + calendar button in an `.input-group`, and
 * `.form-floating` (input with a placeholder equal to its label, then the label) are written from
 * the ng-bootstrap / Bootstrap 5 docs' examples (knowledge, not opened).
 *
 * ngx-bootstrap (valor-software/ngx-bootstrap HEAD, 18.1.2; opened src/typeahead/typeahead.directive.ts
 * (the input gets aria-autocomplete/aria-expanded/aria-owns but no role),
 * typeahead-container.component.ts + .html (`typeahead-container.dropdown.open.bottom.dropdown-menu
 * [role=listbox]` after the input, `button.dropdown-item[role=option] > span` with the match in
 * `<strong>`), src/datepicker/themes/bs/bs-datepicker-container.component.ts (host role=dialog,
 * aria-label="calendar", appended to body), bs-datepicker-view.html, bs-days-calendar-view.component.ts,
 * bs-datepicker-navigation-view.component.ts, src/timepicker/timepicker.component.html +
 * timepicker.config.ts (withTimepicker: text inputs placeholder "HH"/"MM", aria-label
 * "hours"/"minutes", a meridian button), src/modal/modal-container.component.ts (role=dialog, aria-modal)).
 */

const ng = 'ng-untouched ng-pristine ng-valid';

// ---- ng-bootstrap ----

const floating = (id: string, label: string, value: string) =>
  `<div class="form-floating mb-3"><input type="text" class="form-control ${ng}" id="${id}" placeholder="${label}" value="${value}"><label for="${id}">${label}</label></div>`;

const group = (id: string, label: string, control: string, after = '') =>
  `<div class="mb-3"><label for="${id}" class="form-label">${label}</label>${control}${after}</div>`;

const highlight = (v: string, term: string) =>
  `<ngb-highlight>${v.toLowerCase().startsWith(term.toLowerCase()) ? `<span class="ngb-highlight">${v.slice(0, term.length)}</span>${v.slice(term.length)}` : v}</ngb-highlight>`;

const typeaheadWindow = (wid: string, results: string[], term: string) =>
  `<ngb-typeahead-window role="listbox" id="${wid}" class="dropdown-menu show" style="position: absolute; inset: 0px auto auto 0px; transform: translate(0px, 38px);" data-popper-placement="bottom-start">${results
    .map(
      (r, i) =>
        `<button type="button" class="dropdown-item${i === 0 ? ' active' : ''}" role="option" id="${wid}-${i}">${highlight(r, term)}</button>`,
    )
    .join('')}</ngb-typeahead-window>`;

let w = 0;
const typeahead = (id: string, value: string, open?: { results: string[]; term: string }) => {
  const wid = `ngb-typeahead-${(w += 1)}`;
  return `<input id="${id}" type="text" class="form-control ${ng}${open ? ' open' : ''}" ngbtypeahead="" autocomplete="off" autocapitalize="off" autocorrect="off" role="combobox" aria-autocomplete="list" aria-expanded="${open ? 'true' : 'false'}"${
    open ? ` aria-controls="${wid}" aria-activedescendant="${wid}-0"` : ''
  } value="${value}">${open ? typeaheadWindow(wid, open.results, open.term) : ''}`;
};

const live = (t: string) => `<div id="ngb-live" aria-live="polite" class="visually-hidden">${t}</div>`;

const ngbDatepickerPopup = () => {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const days = Array.from({ length: 31 }, (_, i) => i + 1);
  const weeks = [0, 7, 14, 21, 28].map(
    (s) =>
      `<div class="ngb-dp-week" role="row">${days
        .slice(s, s + 7)
        .map(
          (d) =>
            `<div class="ngb-dp-day${d === 14 ? '' : ''}" role="gridcell" tabindex="${d === 14 ? 0 : -1}" aria-label="Monday, March ${d}, 1988"${d === 14 ? ' aria-selected="true"' : ''}><div ngbdatepickerdayview="" class="btn-light${d === 14 ? ' bg-primary text-white active' : ''}">${d}</div></div>`,
        )
        .join('')}</div>`,
  );
  return `<ngb-datepicker tabindex="-1" class="dropdown-menu show" style="position: absolute; z-index: 1055; inset: 0px auto auto 0px; transform: translate(0px, 38px);" data-popper-placement="bottom-start"><div class="ngb-dp-header"><ngb-datepicker-navigation><div class="ngb-dp-arrow ngb-dp-arrow-prev"><button type="button" class="btn btn-link ngb-dp-arrow-btn" aria-label="Previous month" title="Previous month"><span class="ngb-dp-navigation-chevron"></span></button></div><ngb-datepicker-navigation-select class="ngb-dp-navigation-select"><select class="form-select" aria-label="Select month" title="Select month">${months
    .map((m, i) => `<option aria-label="${m}" value="${i + 1}"${i === 2 ? ' selected' : ''}>${m}</option>`)
    .join('')}</select><select class="form-select" aria-label="Select year" title="Select year">${[1986, 1987, 1988, 1989, 1990]
    .map((y) => `<option value="${y}"${y === 1988 ? ' selected' : ''}>${y}</option>`)
    .join(
      '',
    )}</select></ngb-datepicker-navigation-select><div class="visually-hidden" aria-live="polite"><span>March 1988</span></div><div class="ngb-dp-arrow ngb-dp-arrow-next"><button type="button" class="btn btn-link ngb-dp-arrow-btn" aria-label="Next month" title="Next month"><span class="ngb-dp-navigation-chevron"></span></button></div></ngb-datepicker-navigation></div><div class="ngb-dp-content ngb-dp-months"><div class="ngb-dp-month"><ngb-datepicker-month role="grid"><div class="ngb-dp-week ngb-dp-weekdays" role="row">${['Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa', 'Su'].map((d) => `<div class="ngb-dp-weekday small" role="columnheader">${d}</div>`).join('')}</div>${weeks.join('')}</ngb-datepicker-month></div></div></ngb-datepicker>`;
};

const ngbDate = (id: string, value: string, open = false) =>
  `<div class="input-group"><input class="form-control ${ng}" placeholder="mm/dd/yyyy" name="${id}" ngbdatepicker="" id="${id}" value="${value}">${open ? ngbDatepickerPopup() : ''}<button type="button" class="btn btn-outline-secondary bi bi-calendar3"></button></div>`;

const addon = (id: string, value: string, unit: string) =>
  `<div class="input-group"><input type="text" class="form-control ${ng}" id="${id}" value="${value}"><span class="input-group-text">${unit}</span></div>`;

const app = (body: string, tail = '') =>
  `<app-root><div class="container"><form novalidate class="${ng}">${body}</form></div></app-root>${tail}`;

describe('ng-bootstrap: NgbTypeahead, ngbDatepicker (input + button), form-floating', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(`<h5>Member</h5>${floating('memberId', 'Member ID', ILARIS['patient.memberId'])}${group('dob', 'Date of birth', ngbDate('dob', ILARIS['patient.dob']))}${group('weight', 'Weight', addon('weight', '72', 'kg'))}
      <h5>Diagnosis</h5>${group('icd1', 'Primary ICD-10 code', typeahead('icd1', 'M04.1'))}${group('icd2', 'Secondary ICD-10 code', typeahead('icd2', 'M06.1'))}
      <h5>Medication</h5>${group('drugName', 'Drug name', typeahead('drugName', ILARIS['drug.name']))}${floating('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${floating('ndc', 'NDC', ILARIS['drug.ndc'])}${group('dose', 'Dose', addon('dose', '150', 'mg'))}${floating('units', 'Billing units', '150')}<div class="form-floating mb-3"><select class="form-select ${ng}" id="frequency"><option value="">Choose…</option><option value="q4w" selected>Every 4 weeks</option><option value="q8w">Every 8 weeks</option></select><label for="frequency">Frequency</label></div>
      <h5>Labs</h5>${group('crp', 'CRP', addon('crp', '24', 'mg/L'))}${group('crpDate', 'CRP collection date', ngbDate('crpDate', ILARIS['labs.crpDate']))}
      <h5>Prescriber</h5>${floating('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}
      <button type="submit" class="btn btn-primary">Submit</button>`),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it('reads an NgbTypeahead input (role=combobox) by the value it holds', () => {
    page(
      app(
        `${group('drugName', 'Drug name', typeahead('drugName', ILARIS['drug.name']))}${group('icd1', 'ICD-10 code', typeahead('icd1', 'M04.1'))}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'diagnosis.codes.0': 'M04.1' });
  });

  it('takes nothing from an open ngb-typeahead-window (after the input) nor from the #ngb-live region', () => {
    page(
      app(
        `${group('drugName', 'Drug name', typeahead('drugName', 'Il', { results: ['Ilaris (canakinumab)', 'Ilumya (tildrakizumab)'], term: 'Il' }))}${floating('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}`,
        live('2 results available'),
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Il', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('ngb-typeahead-window');
  });

  it('reads an open typeahead in a form-floating (window between the input and its label) by its value and label', () => {
    page(
      app(
        `<div class="form-floating mb-3">${typeahead('drugName', 'Ilaris', { results: ['Ilaris (canakinumab)'], term: 'Ilaris' }).replace('value=', 'placeholder="Drug name" value=')}<label for="drugName">Drug name</label></div>${floating('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Ilaris', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads an ngbDatepicker input by its value and takes nothing from its open popup (month/year selects, day grid)', () => {
    page(
      app(
        `${group('dob', 'Date of birth', ngbDate('dob', ILARIS['patient.dob'], true))}${floating('memberId', 'Member ID', ILARIS['patient.memberId'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'patient.memberId': ILARIS['patient.memberId'] });
    nothingFrom('ngb-datepicker');
    expect(mapped()).toHaveLength(2);
  });

  it('reads an empty ngbDatepicker (placeholder "mm/dd/yyyy") and an empty form-floating input (placeholder = label) as empty', () => {
    page(app(`${group('dob', 'Date of birth', ngbDate('dob', ''))}${floating('memberId', 'Member ID', '')}`));
    expect(read()).toEqual({ 'patient.dob': '', 'patient.memberId': '' });
  });

  it('reads a field with invalid-feedback and form-text by its value, and the next label by its own text', () => {
    page(
      app(
        `${group('npi', 'Prescriber NPI', `<input type="text" class="form-control is-invalid ${ng}" id="npi" aria-describedby="npiHelp" value="123456789">`, '<div id="npiHelp" class="form-text">Ten digits, no spaces.</div><div class="invalid-feedback">NPI must be 10 digits</div>')}${group('ndc', 'NDC', `<input type="text" class="form-control ${ng}" id="ndc" value="${ILARIS['drug.ndc']}">`)}`,
      ),
    );
    expect(read()).toEqual({ 'prescriber.npi': '123456789', 'drug.ndc': ILARIS['drug.ndc'] });
    expect(field('drug.ndc')?.label).toBe('NDC');
  });

  it('reads a CRP collection date beside an ngb-timepicker ("HH" / "MM" boxes) as the date alone', () => {
    const tp = (h: string, m: string) =>
      `<ngb-timepicker class="${ng}"><fieldset><div class="ngb-tp"><div class="ngb-tp-input-container ngb-tp-hour"><button tabindex="-1" type="button" class="btn btn-link"><span class="chevron ngb-tp-chevron"></span><span class="visually-hidden">Increment hours</span></button><input type="text" class="ngb-tp-input form-control" maxlength="2" inputmode="numeric" placeholder="HH" aria-label="Hours" value="${h}"><button tabindex="-1" type="button" class="btn btn-link"><span class="chevron ngb-tp-chevron bottom"></span><span class="visually-hidden">Decrement hours</span></button></div><div class="ngb-tp-spacer">:</div><div class="ngb-tp-input-container ngb-tp-minute"><button tabindex="-1" type="button" class="btn btn-link"><span class="chevron ngb-tp-chevron"></span><span class="visually-hidden">Increment minutes</span></button><input type="text" class="ngb-tp-input form-control" maxlength="2" inputmode="numeric" placeholder="MM" aria-label="Minutes" value="${m}"><button tabindex="-1" type="button" class="btn btn-link"><span class="chevron ngb-tp-chevron bottom"></span><span class="visually-hidden">Decrement minutes</span></button></div><div class="ngb-tp-spacer"></div><div class="ngb-tp-meridian"><button type="button" class="btn btn-outline-primary">AM</button></div></div></fieldset></ngb-timepicker>`;
    page(
      app(
        `<h5>C-reactive protein</h5>${group('crp', 'CRP', addon('crp', '24', 'mg/L'))}${group('crpDate', 'Collection date', ngbDate('crpDate', ILARIS['labs.crpDate']))}<div class="mb-3"><label class="form-label">Collection time</label>${tp('09', '30')}</div>${floating('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(units()).toEqual({ 'labs.crpUnit': 'mg/L' });
  });

  it('reads .form-floating boxes whose label follows them unlinked (no id / for, placeholder " " for the CSS)', () => {
    const fl = (label: string, value: string) =>
      `<div class="form-floating mb-3"><input type="text" class="form-control ${ng}" formcontrolname="x" placeholder=" " value="${value}"><label>${label}</label></div>`;
    page(app(`${fl('Member ID', ILARIS['patient.memberId'])}${fl('HCPCS code', ILARIS['drug.hcpcs'])}${fl('NDC', ILARIS['drug.ndc'])}`));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.hcpcs': ILARIS['drug.hcpcs'],
      'drug.ndc': ILARIS['drug.ndc'],
    });
  });

  it('reads a form in an NgbModal (ngb-modal-window after the app, page behind aria-hidden)', () => {
    page(
      `<app-root aria-hidden="true">${floating('search', 'Search', '')}</app-root><ngb-modal-backdrop class="modal-backdrop fade show" style="z-index: 1055;"></ngb-modal-backdrop><ngb-modal-window role="dialog" tabindex="-1" aria-modal="true" class="modal fade show d-block" aria-labelledby="modal-title"><div class="modal-dialog" role="document"><div class="modal-content"><div class="modal-header"><h4 class="modal-title" id="modal-title">Edit member</h4><button type="button" class="btn-close" aria-label="Close"></button></div><div class="modal-body"><form class="${ng}">${floating('memberId', 'Member ID', ILARIS['patient.memberId'])}${group('dob', 'Date of birth', ngbDate('dob', ILARIS['patient.dob']))}</form></div><div class="modal-footer"><button type="button" class="btn btn-outline-secondary">Save</button></div></div></div></ngb-modal-window>`,
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    expect(mapped()).toHaveLength(2);
  });

  it('reads prior therapies from a Bootstrap table of ngbDatepicker and typeahead cells', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    let c = 0;
    const cell = (v: string, i: number) => {
      const id = `pt${(c += 1)}`;
      return `<td>${i === 0 ? typeahead(id, v) : i === 2 || i === 3 ? ngbDate(id, v) : `<input type="text" class="form-control form-control-sm ${ng}" id="${id}" value="${v}">`}</td>`;
    };
    page(
      app(
        `<h5>Prior therapies</h5><table class="table table-sm"><thead><tr>${cols.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${THERAPY_ROWS.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('')}</tbody></table>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
  });

  it('reads prior therapies from a table while one Start date popup (month/year selects, day grid) is open in its cell', () => {
    const cols = ['Drug', 'Dose', 'Start date', 'End date', 'Outcome'];
    let c = 0;
    const cell = (v: string, i: number, row: number) => {
      const id = `pto${(c += 1)}`;
      return `<td>${i === 2 || i === 3 ? ngbDate(id, v, row === 0 && i === 2) : `<input type="text" class="form-control form-control-sm ${ng}" id="${id}" value="${v}">`}</td>`;
    };
    page(
      app(
        `<h5>Prior therapies</h5><table class="table table-sm"><thead><tr>${cols.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${THERAPY_ROWS.map((r, row) => `<tr>${r.map((v, i) => cell(v, i, row)).join('')}</tr>`).join('')}</tbody></table>`,
      ),
    );
    expect(read()).toEqual(THERAPIES);
    nothingFrom('ngb-datepicker');
  });
});

// ---- ngx-bootstrap ----

/** `open.matches` entries starting with "# " are typeaheadGroupField headers (`h6.dropdown-header`) */
const ngxTypeahead = (id: string, value: string, open?: { matches: string[]; query: string }) => {
  const pop = 'ngb-pop-1';
  return `<input id="${id}" type="text" class="form-control ${ng}" typeahead="" autocomplete="off" aria-autocomplete="list" aria-expanded="${open ? 'true' : 'false'}"${
    open ? ` aria-owns="${pop}" aria-activedescendant="${pop}-0"` : ''
  } value="${value}">${
    open
      ? `<typeahead-container role="listbox" class="dropdown open bottom dropdown-menu" style="position: absolute; display: block; height: auto; visibility: inherit; top: 38px; left: 0px;">${open.matches
          .map((m, i) =>
            m.startsWith('# ')
              ? `<h6 class="dropdown-header">${m.slice(2)}</h6>`
              : `<button id="${pop}-${i}" role="option" class="dropdown-item${i === 0 ? ' active' : ''}"><span><strong>${m.slice(0, open.query.length)}</strong>${m.slice(open.query.length)}</span></button>`,
          )
          .join('')}</typeahead-container>`
      : ''
  }`;
};

const bsInput = (id: string, value: string) =>
  `<input type="text" placeholder="MM/DD/YYYY" class="form-control ${ng}" bsdatepicker="" id="${id}" value="${value}">`;

const bsDatepickerContainer = (timepicker: boolean) => {
  const days = Array.from({ length: 35 }, (_, i) => ((i + 28) % 31) + 1);
  const weeks = [0, 7, 14, 21, 28].map(
    (s) =>
      `<tr>${days
        .slice(s, s + 7)
        .map((d) => `<td role="gridcell"><span bsdatepickerdaydecorator=""${d === 14 ? ' class="selected"' : ''}>${d}</span></td>`)
        .join('')}</tr>`,
  );
  const tp = timepicker
    ? `<div class="bs-timepicker-in-datepicker-container"><timepicker><table><tbody><tr class="text-center"><td><a class="btn btn-link" href="javascript:void(0);"><span class="bs-chevron bs-chevron-up"></span></a></td><td>&nbsp;&nbsp;&nbsp;</td><td><a class="btn btn-link" href="javascript:void(0);"><span class="bs-chevron bs-chevron-up"></span></a></td><td>&nbsp;&nbsp;&nbsp;</td><td></td></tr><tr><td class="form-group mb-3"><input type="text" class="form-control text-center bs-timepicker-field" placeholder="HH" maxlength="2" aria-label="hours" value="09"></td><td>&nbsp;:&nbsp;</td><td class="form-group mb-3"><input type="text" class="form-control text-center bs-timepicker-field" placeholder="MM" maxlength="2" aria-label="minutes" value="30"></td><td>&nbsp;&nbsp;&nbsp;</td><td><button type="button" class="btn btn-default text-center">AM</button></td></tr><tr class="text-center"><td><a class="btn btn-link" href="javascript:void(0);"><span class="bs-chevron bs-chevron-down"></span></a></td><td>&nbsp;&nbsp;&nbsp;</td><td><a class="btn btn-link" href="javascript:void(0);"><span class="bs-chevron bs-chevron-down"></span></a></td><td>&nbsp;&nbsp;&nbsp;</td><td></td></tr></tbody></table></timepicker></div>`
    : '';
  return `<bs-datepicker-container class="bottom" role="dialog" aria-label="calendar" style="display: block; position: absolute; top: 0px; left: 0px; transform: translate(24px, 212px);"><div class="bs-datepicker theme-green"><div class="bs-datepicker-container"><div class="bs-calendar-container" role="application"><div class="bs-media-container"><bs-days-calendar-view><bs-calendar-layout><div class="bs-datepicker-head"><bs-datepicker-navigation-view><button class="previous" type="button" style="visibility: visible;"><span>‹</span></button>&#8203;<button class="current" type="button"><span>March</span></button>&#8203;<button class="current" type="button"><span>1988</span></button>&#8203;<button class="next" type="button" style="visibility: visible;"><span>›</span></button></bs-datepicker-navigation-view></div><div class="bs-datepicker-body"><table role="grid" class="days weeks"><thead><tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<th aria-label="weekday">${d}</th>`).join('')}</tr></thead><tbody>${weeks.join('')}</tbody></table></div></bs-calendar-layout></bs-days-calendar-view></div>${tp}</div></div></div></bs-datepicker-container>`;
};

describe('ngx-bootstrap: typeahead, bsDatepicker', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(`<fieldset><legend>Member</legend>${group('memberId', 'Member ID', `<input type="text" class="form-control ${ng}" id="memberId" value="${ILARIS['patient.memberId']}">`)}${group('dob', 'Date of birth', bsInput('dob', ILARIS['patient.dob']))}${group('weight', 'Weight', addon('weight', '72', 'kg'))}</fieldset>
      <fieldset><legend>Diagnosis</legend>${group('icd1', 'Primary ICD-10 code', ngxTypeahead('icd1', 'M04.1'))}${group('icd2', 'Secondary ICD-10 code', ngxTypeahead('icd2', 'M06.1'))}</fieldset>
      <fieldset><legend>Medication</legend>${group('drugName', 'Drug name', ngxTypeahead('drugName', ILARIS['drug.name']))}${group('hcpcs', 'HCPCS code', `<input type="text" class="form-control ${ng}" id="hcpcs" value="${ILARIS['drug.hcpcs']}">`)}${group('ndc', 'NDC', `<input type="text" class="form-control ${ng}" id="ndc" value="${ILARIS['drug.ndc']}">`)}${group('dose', 'Dose', addon('dose', '150', 'mg'))}${group('units', 'Billing units', `<input type="text" class="form-control ${ng}" id="units" value="150">`)}${group('frequency', 'Frequency', `<select class="form-select ${ng}" id="frequency"><option value="">Choose…</option><option value="q4w" selected>Every 4 weeks</option></select>`)}</fieldset>
      <fieldset><legend>Labs</legend>${group('crp', 'CRP', addon('crp', '24', 'mg/L'))}${group('crpDate', 'CRP collection date', bsInput('crpDate', ILARIS['labs.crpDate']))}</fieldset>
      <fieldset><legend>Prescriber</legend>${group('npi', 'Prescriber NPI', `<input type="text" class="form-control ${ng}" id="npi" value="${ILARIS['prescriber.npi']}">`)}</fieldset>`),
    );
    expect(read()).toEqual({ ...ILARIS, 'diagnosis.codes.0': 'M04.1', 'diagnosis.codes.1': 'M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('takes nothing from an open typeahead-container after the input', () => {
    page(
      app(
        `${group('drugName', 'Drug name', ngxTypeahead('drugName', 'Il', { matches: ['Ilaris (canakinumab)', 'Ilumya (tildrakizumab)'], query: 'Il' }))}${group('hcpcs', 'HCPCS code', `<input type="text" class="form-control ${ng}" id="hcpcs" value="${ILARIS['drug.hcpcs']}">`)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': 'Il', 'drug.hcpcs': ILARIS['drug.hcpcs'] });
    nothingFrom('typeahead-container');
  });

  it('keeps the form when the bsDatepicker container (role=dialog, in body) is open', () => {
    page(
      app(
        `${group('memberId', 'Member ID', `<input type="text" class="form-control ${ng}" id="memberId" value="${ILARIS['patient.memberId']}">`)}${group('dob', 'Date of birth', bsInput('dob', ILARIS['patient.dob']))}`,
        bsDatepickerContainer(false),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': ILARIS['patient.dob'] });
    nothingFrom('bs-datepicker-container');
  });

  it('takes no field from the timepicker ("HH"/"MM" boxes) of an open bsDatepicker withTimepicker, and keeps the form', () => {
    page(
      app(
        `${group('memberId', 'Member ID', `<input type="text" class="form-control ${ng}" id="memberId" value="${ILARIS['patient.memberId']}">`)}${group('crpDate', 'CRP collection date', bsInput('crpDate', ILARIS['labs.crpDate']))}${group('crp', 'CRP', addon('crp', '24', 'mg/L'))}`,
        bsDatepickerContainer(true),
      ),
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'labs.crpDate': ILARIS['labs.crpDate'],
      'labs.crpValue': '24',
    });
    nothingFrom('bs-datepicker-container');
  });

  it('reads a prior-therapy entry whose Drug typeahead is open with group headers (h6.dropdown-header) under its own section', () => {
    const r = THERAPY_ROWS[0]!;
    const col = (id: string, label: string, control: string) =>
      `<div class="col-md"><label for="${id}" class="form-label">${label}</label>${control}</div>`;
    const plain = (id: string, v: string) => `<input type="text" class="form-control ${ng}" id="${id}" value="${v}">`;
    page(
      app(
        `<h5>Prior therapies</h5><div class="row g-3 mb-3">${col('t0drug', 'Drug', ngxTypeahead('t0drug', r[0]!, { matches: ['# Anti-gout agents', 'colchicine', '# IL-1 inhibitors', 'canakinumab'], query: 'c' }))}${col('t0dose', 'Dose', plain('t0dose', r[1]!))}${col('t0start', 'Start date', bsInput('t0start', r[2]!))}${col('t0stop', 'End date', bsInput('t0stop', r[3]!))}${col('t0outcome', 'Outcome', plain('t0outcome', r[4]!))}</div>`,
      ),
    );
    expect(read()).toEqual({
      'priorTherapies.0.drug': THERAPIES['priorTherapies.0.drug'],
      'priorTherapies.0.dose': THERAPIES['priorTherapies.0.dose'],
      'priorTherapies.0.start': THERAPIES['priorTherapies.0.start'],
      'priorTherapies.0.stop': THERAPIES['priorTherapies.0.stop'],
      'priorTherapies.0.outcome': THERAPIES['priorTherapies.0.outcome'],
    });
    nothingFrom('typeahead-container');
  });

  it('reads a form in an ngx-bootstrap modal-container while a bsDatepicker withTimepicker is open in body', () => {
    page(
      `<app-root>${group('search', 'Search members', `<input type="text" class="form-control ${ng}" id="search" value="">`)}</app-root><modal-container class="modal fade show" role="dialog" tabindex="-1" aria-modal="true" aria-labelledby="dlgTitle" style="display: block;"><div class="modal-dialog" role="document"><div class="modal-content"><div class="modal-header"><h4 class="modal-title pull-left" id="dlgTitle">Lab result</h4><button type="button" class="btn-close close pull-right" aria-label="Close"><span aria-hidden="true" class="visually-hidden">×</span></button></div><div class="modal-body"><form class="${ng}">${group('crp', 'CRP', addon('crp', '24', 'mg/L'))}${group('crpDate', 'CRP collection date', bsInput('crpDate', ILARIS['labs.crpDate']))}${group('npi', 'Prescriber NPI', `<input type="text" class="form-control ${ng}" id="npi" value="${ILARIS['prescriber.npi']}">`)}</form></div></div></div></modal-container><bs-modal-backdrop class="modal-backdrop fade in show"></bs-modal-backdrop>${bsDatepickerContainer(true)}`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('bs-datepicker-container');
  });
});
