import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Tempus Dominus 6 (Eonasdan/tempus-dominus at 2b0dea1: src/js/display/index.ts `_buildWidget`, `getHeadTemplate`,
 * `getToolbarElements`, `show`/`hide`; src/js/display/calendar/date-display.ts, month/year/decade-display.ts;
 * src/js/display/time/time-display.ts `_grid`; src/js/tempus-dominus.ts (the toggle's aria-label);
 * src/js/utilities/namespace.ts, default-options.ts; the docs' Bootstrap 5 example in
 * src/docs/partials/examples/index.html), and its predecessor bootstrap-datetimepicker 4
 * (Eonasdan/bootstrap-datetimepicker at 5b97d5b, branch v4: src/js/bootstrap-datetimepicker.js `getTemplate`,
 * `getDatePickerTemplate`, `getTimePickerMainTemplate`, `fillDow`, `fillDate`, `place`, `hide`):
 * - v6: `div.input-group#<id>[data-td-target-input=nearest][data-td-target-toggle=nearest]` > `input.form-control`
 *   + `span.input-group-text[data-td-toggle=datetimepicker]` > icon; once a date is picked the toggle gets
 *   `aria-label="Change date, <picked>"`. The widget `div.tempus-dominus-widget.light[role=widget][tabindex=-1]` is
 *   built on first show and appended to body (inline: inside the element), `show` class removed on hide and the
 *   widget LEFT in body (hidden by its style sheet only). Its date view: `div.date-container` > `div.calendar-header`
 *   (previous / `div.picker-switch` "March 1988" / next, divs with titles), decade/year/month containers of 12
 *   `div[data-action]` each (`display: none`), `div.date-container-days[role=grid]` of 7 `div.dow` and 42
 *   `div.day[role=gridcell][data-value][aria-label="March 14, 1988"]`; a date-and-time picker adds
 *   `div.time-container.td-collapse` with `div.time-container-clock` (divs: hour, ":", minute, a meridiem
 *   `button`), the date view then `td-collapse show`; `div.toolbar` (icon divs with titles), `div.arrow`.
 * - v4: `div.input-group.date` > `input.form-control` + `span.input-group-addon` > glyphicon; while open the
 *   `div.bootstrap-datetimepicker-widget.dropdown-menu.bottom` is inserted right after the input INSIDE the
 *   input-group (`element.children().first().after(widget)`) and removed on hide: `ul.list-unstyled` > `li` >
 *   `div.datepicker` > `div.datepicker-days > table.table-condensed` (thead: th.prev / th.picker-switch
 *   "March 1988" / th.next, then a `th.dow` row "Su".."Sa"; tbody: `td.day[data-action=selectDay][data-day]`);
 *   months/years/decades tables hidden; time: `div.timepicker-picker > table.table-condensed` of up/down links,
 *   `span.timepicker-hour`, ":", `span.timepicker-minute`, a `button.btn.btn-primary` "AM"; `li.picker-switch`
 *   toolbar table of links.
 */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const pad = (n: number) => String(n).padStart(2, '0');

type When = { y: number; m: number; d: number };
const when = (shown: string): When => {
  const [m, d, y] = shown.split(' ')[0]!.split('/').map(Number);
  return { y: y!, m: m! - 1, d: d! };
};

/** a v6 picker's input group, labelled by `label[for]` */
const td6 = (id: string, label: string, value: string, o: { placeholder?: string; disabled?: boolean; feedback?: string } = {}) =>
  `<div class="col-md-4"><label for="${id}Input" class="form-label">${label}</label><div class="input-group${o.feedback ? ' has-validation' : ''}" id="${id}" data-td-target-input="nearest" data-td-target-toggle="nearest"><input id="${id}Input" type="text" class="form-control${o.feedback ? ' is-invalid' : ''}" data-td-target="#${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.disabled ? ' disabled=""' : ''} value="${value}"><span class="input-group-text" data-td-target="#${id}" data-td-toggle="datetimepicker"${value ? ` aria-label="Change date, ${value}"` : ''}><i class="fa-solid fa-calendar"></i></span>${o.feedback ? `<div class="invalid-feedback">${o.feedback}</div>` : ''}</div></div>`;

/** v6's days grid on the month of `w`, `w` active */
const days6 = (w: When, active = true) => {
  const first = new Date(w.y, w.m, 1);
  const start = new Date(w.y, w.m, 1 - first.getDay());
  const cells = Array.from({ length: 42 }, (_, i) => {
    const d = new Date(start.getFullYear(), start.getMonth(), start.getDate() + i);
    const cls = [
      'day',
      d.getMonth() < w.m ? 'old' : d.getMonth() > w.m ? 'new' : '',
      active && d.getMonth() === w.m && d.getDate() === w.d ? 'active' : '',
      [0, 6].includes(d.getDay()) ? 'weekend' : '',
    ]
      .filter(Boolean)
      .join(' ');
    return `<div data-action="selectDay" role="gridcell" tabindex="-1" class="${cls}" data-value="${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}" data-day="${d.getDate()}" aria-label="${months[d.getMonth()]} ${pad(d.getDate())}, ${d.getFullYear()}">${d.getDate()}</div>`;
  }).join('');
  const dows = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat']
    .map(
      (s, i) =>
        `<div class="dow no-highlight" aria-label="${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][i]}">${s}</div>`,
    )
    .join('');
  return `<div class="date-container-days" role="grid" style="display: grid;">${dows}${cells}</div>`;
};

const twelve = (action: string) => Array.from({ length: 12 }, () => `<div tabindex="-1" data-action="${action}"></div>`).join('');

/** v6's widget as `_buildWidget` makes it; `time` adds the clock ("08", "30", "AM"); `away`: navigated to a month
 *  without the picked day */
const widget6 = (
  shown: string,
  o: { open?: boolean; inline?: boolean; time?: [string, string, string]; clock?: boolean; away?: boolean } = {},
) => {
  const w = when(shown);
  const date = `<div class="date-container${o.time ? ` td-collapse${o.clock ? '' : ' show'}` : ''}" tabindex="-1"><div class="calendar-header"><div class="previous" data-action="previous" tabindex="-1" title="Previous Month"><i class="fa-solid fa-chevron-left"></i></div><div class="picker-switch" data-action="changeCalendarView" tabindex="-1" title="Select Month" date-container-days="${months[w.m]} ${w.y}">${months[w.m]} ${w.y}</div><div class="next" data-action="next" tabindex="-1" title="Next Month"><i class="fa-solid fa-chevron-right"></i></div></div><div class="date-container-decades" style="display: none;">${twelve('selectDecade')}</div><div class="date-container-years" style="display: none;">${twelve('selectYear')}</div><div class="date-container-months" style="display: none;">${twelve('selectMonth')}</div>${days6(w, !o.away)}</div>`;
  const t = o.time;
  const time = t
    ? `<div class="time-container td-collapse${o.clock ? ' show' : ''}" tabindex="-1"><div class="time-container-clock" style="grid-template-areas: &quot;a a a a&quot;;"><div tabindex="-1" title="Increment Hour" data-action="incrementHours"><i class="fa-solid fa-arrow-up"></i></div><div class="separator no-highlight"></div><div tabindex="-1" title="Increment Minute" data-action="incrementMinutes"><i class="fa-solid fa-arrow-up"></i></div><div class="separator no-highlight"></div><div tabindex="-1" title="Pick Hour" data-action="showHours" data-time-component="hours">${t[0]}</div><div class="separator no-highlight">:</div><div tabindex="-1" title="Pick Minute" data-action="showMinutes" data-time-component="minutes">${t[1]}</div><div class="no-highlight"><button tabindex="-1" type="button" title="Toggle Meridiem" data-action="toggleMeridiem" class="toggleMeridiem">${t[2]}</button></div><div tabindex="-1" title="Decrement Hour" data-action="decrementHours"><i class="fa-solid fa-arrow-down"></i></div><div class="separator no-highlight"></div><div tabindex="-1" title="Decrement Minute" data-action="decrementMinutes"><i class="fa-solid fa-arrow-down"></i></div><div class="separator no-highlight"></div></div><div class="time-container-hour" style="display: none;"></div><div class="time-container-minute" style="display: none;"></div></div>`
    : '';
  const toolbar = `<div class="toolbar" tabindex="-1">${t ? `<div tabindex="-1" data-action="togglePicker" title="${o.clock ? 'Select Date' : 'Select Time'}"><i class="fa-solid fa-${o.clock ? 'calendar' : 'clock'}"></i></div>` : ''}</div>`;
  const style = o.inline
    ? ''
    : ' style="position: absolute; inset: 0px auto auto 0px; margin: 0px; transform: translate(15px, 238px);" data-popper-placement="bottom-start"';
  return `<div tabindex="-1" class="tempus-dominus-widget light${o.inline ? ' inline' : ''}${o.open || o.inline ? ' show' : ''}" role="widget"${style}>${date}${time}${toolbar}${o.inline ? '' : '<div class="arrow" data-popper-arrow=""></div>'}</div>`;
};

const text = (id: string, label: string, value: string) =>
  `<div class="col-md-4"><label for="${id}" class="form-label">${label}</label><input type="text" class="form-control" id="${id}" value="${value}"></div>`;
const select = (id: string, label: string, chosen: string, options: string[]) =>
  `<div class="col-md-4"><label for="${id}" class="form-label">${label}</label><select class="form-select" id="${id}"><option value="">Choose...</option>${options.map((o) => `<option${o === chosen ? ' selected' : ''}>${o}</option>`).join('')}</select></div>`;
const card = (title: string, body: string) =>
  `<div class="card mb-3"><div class="card-header">${title}</div><div class="card-body"><div class="row g-3">${body}</div></div></div>`;
const form = (body: string, tail = '') =>
  `<main class="container"><form class="needs-validation" novalidate>${body}<button class="btn btn-primary" type="submit">Submit request</button></form></main>${tail}`;

/** prior therapies as a table whose date cells hold v6 pickers */
const therapyTable = () =>
  `<table class="table"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${THERAPY_ROWS.map(
    (r, i) =>
      `<tr>${r
        .map((v, c) =>
          c === 2 || c === 3
            ? `<td><div class="input-group" id="th${i}${c}" data-td-target-input="nearest" data-td-target-toggle="nearest"><input id="th${i}${c}Input" type="text" class="form-control form-control-sm" data-td-target="#th${i}${c}" value="${v}"><span class="input-group-text" data-td-target="#th${i}${c}" data-td-toggle="datetimepicker" aria-label="Change date, ${v}"><i class="fa-solid fa-calendar"></i></span></div></td>`
            : `<td><input type="text" class="form-control form-control-sm" value="${v}"></td>`,
        )
        .join('')}</tr>`,
  ).join('')}</tbody></table>`;

const member = (dob = td6('dob', 'Date of birth', ILARIS['patient.dob'])) =>
  card('Member', `${text('member_id', 'Member ID', ILARIS['patient.memberId'])}${dob}${text('weight', 'Weight (kg)', '72')}`);
const labs = (crp = td6('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])) =>
  card('Labs', `${text('crp', 'CRP (mg/L)', '24')}${crp}`);

describe('Tempus Dominus 6 and bootstrap-datetimepicker 4: input groups and their widgets', () => {
  it('reads the full Ilaris request, with the widgets shown once left closed in body', () => {
    page(
      form(
        `${member()}${card('Diagnosis', text('icd', 'ICD-10 codes', 'M04.1, M06.1'))}${card(
          'Medication',
          `${select('drug', 'Drug name', ILARIS['drug.name'], ['Ilaris (canakinumab)', 'Kineret (anakinra)'])}${text('hcpcs', 'HCPCS code', 'J0638')}${text('ndc', 'NDC', ILARIS['drug.ndc'])}${text('dose', 'Dose (mg)', '150')}${text('units', 'Billing units', '150')}${select('freq', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`,
        )}${labs()}${card('Prior therapies', therapyTable())}${card('Prescriber', text('npi', 'Prescriber NPI', ILARIS['prescriber.npi']))}`,
        widget6(ILARIS['patient.dob']) + widget6(ILARIS['labs.crpDate']) + widget6(THERAPIES['priorTherapies.1.stop']),
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
    nothingFrom('.tempus-dominus-widget');
  });

  it('reads the date from the input, not the open widget or the toggle naming the picked date', () => {
    page(form(`${member()}${labs()}`, widget6(ILARIS['labs.crpDate'], { open: true })));
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': ILARIS['labs.crpDate'],
    });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
    nothingFrom('.tempus-dominus-widget');
  });

  it('reads an empty picker showing its placeholder as empty, with its widget open on today', () => {
    page(form(`${member(td6('dob', 'Date of birth', '', { placeholder: 'MM/DD/YYYY' }))}`, widget6('12/04/2026', { open: true })));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'patient.dob': '', 'patient.weight': '72' });
    nothingFrom('.tempus-dominus-widget');
  });

  it('reads a date-and-time picker as its input shows it while the clock view is open', () => {
    page(
      form(
        labs(td6('crpDate', 'CRP collection date', '11/02/2026 8:30 AM')),
        widget6('11/02/2026', { open: true, time: ['08', '30', 'AM'], clock: true }),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '11/02/2026 8:30 AM' });
    nothingFrom('.tempus-dominus-widget');
  });

  it('takes no date from an inline calendar whose picked day is only an active grid cell', () => {
    page(
      form(
        `${member()}${card('Labs', `${text('crp', 'CRP (mg/L)', '24')}<div class="col-md-6"><label class="form-label">CRP collection date</label><div id="crpInline">${widget6(ILARIS['labs.crpDate'], { inline: true })}</div></div>`)}`,
      ),
    );
    expect(read()).toMatchObject({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpValue': '24' });
    expect(read()['labs.crpDate'] ?? '').toBe('');
    nothingFrom('.tempus-dominus-widget');
  });

  it('reads the CRP date from its picker, not a table of past results nor the open widget on another month', () => {
    const past = `<table class="table table-sm"><caption>Previous CRP results</caption><thead><tr><th>Collection date</th><th>CRP (mg/L)</th><th>Ordered by</th></tr></thead><tbody><tr><td>08/14/2026</td><td>31</td><td>1234567893</td></tr><tr><td>05/02/2026</td><td>38</td><td>1234567893</td></tr></tbody></table>`;
    page(
      form(
        card(
          'Labs',
          `<div class="col-12">${past}</div>${text('crp', 'CRP (mg/L)', '24')}${td6('crpDate', 'CRP collection date', ILARIS['labs.crpDate'])}`,
        ),
        widget6('10/02/2026', { open: true, away: true }),
      ),
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('.tempus-dominus-widget');
  });

  it('reads a disabled picker and one showing an invalid-feedback message by their values', () => {
    page(
      form(
        `${member(td6('dob', 'Date of birth', ILARIS['patient.dob'], { disabled: true }))}${labs(td6('crpDate', 'CRP collection date', ILARIS['labs.crpDate'], { feedback: 'The collection date must be within 30 days.' }))}`,
      ),
    );
    expect(read()).toMatchObject({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
  });

  /** a v4 picker on a Bootstrap 3 form-group; `open` draws its widget inside the input-group after the input */
  const td4 = (id: string, label: string, value: string, open?: 'days' | 'time') => {
    const w = when(value || '12/04/2026');
    const first = new Date(w.y, w.m, 1);
    const rows = Array.from(
      { length: 6 },
      (_, r) =>
        `<tr>${Array.from({ length: 7 }, (_, c) => {
          const d = new Date(w.y, w.m, 1 - first.getDay() + r * 7 + c);
          const cls = [
            'day',
            d.getMonth() < w.m ? 'old' : d.getMonth() > w.m ? 'new' : '',
            value && d.getMonth() === w.m && d.getDate() === w.d ? 'active' : '',
            [0, 6].includes(c) ? 'weekend' : '',
          ]
            .filter(Boolean)
            .join(' ');
          return `<td data-action="selectDay" data-day="${pad(d.getMonth() + 1)}/${pad(d.getDate())}/${d.getFullYear()}" class="${cls}">${d.getDate()}</td>`;
        }).join('')}</tr>`,
    ).join('');
    const head = (title: string) =>
      `<thead><tr><th class="prev" data-action="previous"><span class="glyphicon glyphicon-chevron-left" title="Previous Month"></span></th><th class="picker-switch" data-action="pickerSwitch" colspan="5" title="Select Month">${title}</th><th class="next" data-action="next"><span class="glyphicon glyphicon-chevron-right" title="Next Month"></span></th></tr>`;
    const dows = `<tr>${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((s) => `<th class="dow">${s}</th>`).join('')}</tr>`;
    const time = `<div class="timepicker-picker"><table class="table-condensed"><tr><td><a href="#" tabindex="-1" title="Increment Hour" class="btn" data-action="incrementHours"><span class="glyphicon glyphicon-chevron-up"></span></a></td><td class="separator"></td><td><a href="#" tabindex="-1" title="Increment Minute" class="btn" data-action="incrementMinutes"><span class="glyphicon glyphicon-chevron-up"></span></a></td><td class="separator"></td></tr><tr><td><span class="timepicker-hour" data-time-component="hours" title="Pick Hour" data-action="showHours">08</span></td><td class="separator">:</td><td><span class="timepicker-minute" data-time-component="minutes" title="Pick Minute" data-action="showMinutes">30</span></td><td><button class="btn btn-primary" data-action="togglePeriod" tabindex="-1" title="Toggle Period">AM</button></td></tr><tr><td><a href="#" tabindex="-1" title="Decrement Hour" class="btn" data-action="decrementHours"><span class="glyphicon glyphicon-chevron-down"></span></a></td><td class="separator"></td><td><a href="#" tabindex="-1" title="Decrement Minute" class="btn" data-action="decrementMinutes"><span class="glyphicon glyphicon-chevron-down"></span></a></td><td class="separator"></td></tr></table></div><div class="timepicker-hours" style="display: none;"><table class="table-condensed"></table></div><div class="timepicker-minutes" style="display: none;"><table class="table-condensed"></table></div>`;
    const widget = open
      ? `<div class="bootstrap-datetimepicker-widget dropdown-menu bottom" style="display: block; top: 34px; bottom: auto; left: 0px; right: auto;"><ul class="list-unstyled"><li class="collapse${open === 'days' ? ' in' : ''}"><div class="datepicker"><div class="datepicker-days" style="display: block;"><table class="table-condensed">${head(`${months[w.m]} ${w.y}`)}${dows}</thead><tbody>${rows}</tbody></table></div><div class="datepicker-months" style="display: none;"><table class="table-condensed">${head(String(w.y))}</thead><tbody><tr><td colspan="7">${['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'].map((m) => `<span data-action="selectMonth" class="month">${m}</span>`).join('')}</td></tr></tbody></table></div></div></li><li class="picker-switch accordion-toggle"><table class="table-condensed"><tbody><tr><td><a data-action="togglePicker" title="Select Time"><span class="glyphicon glyphicon-time"></span></a></td></tr></tbody></table></li><li class="collapse${open === 'time' ? ' in' : ''}"><div class="timepicker">${time}</div></li></ul></div>`
      : '';
    return `<div class="form-group"><label class="control-label" for="${id}">${label}</label><div class="input-group date" id="${id}_picker"><input type="text" class="form-control" id="${id}" name="${id}" value="${value}">${widget}<span class="input-group-addon"><span class="glyphicon glyphicon-calendar"></span></span></div></div>`;
  };
  const text3 = (id: string, label: string, value: string) =>
    `<div class="form-group"><label class="control-label" for="${id}">${label}</label><input type="text" class="form-control" id="${id}" name="${id}" value="${value}"></div>`;

  it('v4: reads the request with the date widget open inside the date of birth input group', () => {
    page(
      `<form class="form-horizontal"><fieldset><legend>Member</legend>${text3('member_id', 'Member ID', ILARIS['patient.memberId'])}${td4('dob', 'Date of birth', ILARIS['patient.dob'], 'days')}${text3('weight', 'Weight (kg)', '72')}</fieldset><fieldset><legend>Labs</legend>${text3('crp', 'CRP (mg/L)', '24')}${td4('crp_date', 'CRP collection date', ILARIS['labs.crpDate'])}</fieldset><fieldset><legend>Prescriber</legend>${text3('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</fieldset></form>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'labs.crpValue': '24',
      'labs.crpDate': ILARIS['labs.crpDate'],
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    noDuplicatePaths();
    expect(document.querySelector('.input-group.date > input + .bootstrap-datetimepicker-widget td.day.active')).not.toBeNull();
    nothingFrom('.bootstrap-datetimepicker-widget');
  });

  it('v4: names the boxes after an open widget by their own labels in a horizontal form whose labels have no for', () => {
    const row = (label: string, control: string) =>
      `<div class="form-group"><label class="col-sm-3 control-label">${label}</label><div class="col-sm-9">${control}</div></div>`;
    const picker = td4('dob', 'x', ILARIS['patient.dob'], 'days')
      .replace(/^<div class="form-group"><label[^>]*>x<\/label>/, '')
      .replace(/<\/div>$/, '');
    page(
      `<form class="form-horizontal"><h4>Member</h4>${row('Member ID', `<input type="text" class="form-control" value="${ILARIS['patient.memberId']}">`)}${row('Date of birth', picker)}${row('Weight (kg)', '<input type="text" class="form-control" value="72">')}${row('Prescriber NPI', `<input type="text" class="form-control" value="${ILARIS['prescriber.npi']}">`)}</form>`,
    );
    expect(read()).toEqual({
      'patient.memberId': ILARIS['patient.memberId'],
      'patient.dob': ILARIS['patient.dob'],
      'patient.weight': '72',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    expect(document.querySelector('.input-group.date > input + .bootstrap-datetimepicker-widget td.day.active')).not.toBeNull();
    nothingFrom('.bootstrap-datetimepicker-widget');
  });

  it('v4: reads the therapy rows, not the calendar table of a widget open in a start date cell', () => {
    const cells = THERAPY_ROWS.map(
      (r, i) =>
        `<tr>${r
          .map((v, c) =>
            c === 2 || c === 3
              ? `<td>${td4(`t${i}${c}`, '', v, i === 0 && c === 2 ? 'days' : undefined)
                  .replace(/^<div class="form-group"><label[^>]*><\/label>/, '')
                  .replace(/<\/div>$/, '')}</td>`
              : `<td><input type="text" class="form-control input-sm" value="${v}"></td>`,
          )
          .join('')}</tr>`,
    ).join('');
    page(
      `<form><h4>Prior therapies</h4><table class="table table-bordered"><thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead><tbody>${cells}</tbody></table></form>`,
    );
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
    expect(document.querySelector('.input-group.date > input + .bootstrap-datetimepicker-widget td.day.active')).not.toBeNull();
    nothingFrom('.bootstrap-datetimepicker-widget');
  });

  it('v4: reads a date-and-time box while its time view (a table of hour, minute and period) is open', () => {
    page(
      `<form><fieldset><legend>Labs</legend>${text3('crp', 'CRP (mg/L)', '24')}${td4('crp_date', 'CRP collection date', '11/02/2026 8:30 AM', 'time')}${text3('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}</fieldset></form>`,
    );
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '11/02/2026 8:30 AM', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(document.querySelector('.input-group.date > input + .bootstrap-datetimepicker-widget td.day.active')).not.toBeNull();
    nothingFrom('.bootstrap-datetimepicker-widget');
  });
});
