import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { nothingFrom } from '../round5/request';

/**
 * OpenEMR 7 encounter form "Prior Authorization" (openemr/openemr at 02c8540, interface/forms/prior_auth/
 * templates/prior_auth/general_new.html, C_FormPriorAuth.class.php; the picker is jquery-datetimepicker
 * 2.5.4 (xdsoft) as headerTemplate assets='datetime-picker' loads it, its DOM as the plugin draws it at the
 * end of body: `div.xdsoft_datetimepicker.xdsoft_noselect.xdsoft_` > `div.xdsoft_datepicker.active` >
 * `div.xdsoft_mounthpicker` (prev/today/next buttons, month and year labels each with a
 * `div.xdsoft_select` of `div.xdsoft_option`s), `div.xdsoft_calendar > table` of `th` weekdays and
 * `td.xdsoft_date[data-date][data-month][data-year] > div` days, the hidden "Save Selected" button, and
 * `div.xdsoft_timepicker`; hidden by jQuery with an inline `display: none`):
 * - `div.container > div.row > div.col-12 > h2` "Prior Authorization", `form[name=prior_auth].form-horizontal`
 *   > hidden csrf input, `fieldset > legend` "Details" > `div.form-group > div.row` of `div.col-sm-4`:
 *   `label.col-form-label[for=prior_auth_number]` "Number:" + `input.form-control[name=prior_auth_number]`
 *   (NO id), "From:" / "To:" labels + `input.form-control.datetimepicker#date_from` / `#date_to` (Y-m-d);
 *   `fieldset > legend` "Comments" > `textarea[name=comments]`; Save / Cancel buttons and hidden inputs.
 * The form records an authorization the payer granted; it holds no field of a drug request.
 */

const picker = (shown: boolean, year: number, month: number, chosen: number) => {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const first = new Date(Date.UTC(year, month, 1));
  const start = new Date(first.getTime() - ((first.getUTCDay() + 6) % 7) * 86400000);
  const weeks = Array.from(
    { length: 5 },
    (_, w) =>
      `<tr>${Array.from({ length: 7 }, (_, d) => {
        const day = new Date(start.getTime() + (w * 7 + d) * 86400000);
        const other = day.getUTCMonth() !== month;
        const cur = !other && day.getUTCDate() === chosen;
        return `<td data-date="${day.getUTCDate()}" data-month="${day.getUTCMonth()}" data-year="${day.getUTCFullYear()}" class="xdsoft_date xdsoft_day_of_week${day.getUTCDay()} xdsoft_date${cur ? ' xdsoft_current' : ''}${other ? ' xdsoft_other_month' : ''}${day.getUTCDay() % 6 === 0 ? ' xdsoft_weekend' : ''}" title=""><div>${day.getUTCDate()}</div></td>`;
      }).join('')}</tr>`,
  ).join('');
  return `<div class="xdsoft_datetimepicker xdsoft_noselect xdsoft_" style="${shown ? 'display: block; top: 182px; left: 24px; position: absolute;' : 'display: none;'}"><div class="xdsoft_datepicker active"><div class="xdsoft_mounthpicker"><button type="button" class="xdsoft_prev" style="visibility: visible;"></button><button type="button" class="xdsoft_today_button" style="visibility: visible;"></button><div class="xdsoft_label xdsoft_month"><span>${months[month]}</span><div class="xdsoft_select xdsoft_monthselect xdsoft_scroller_box"><div style="margin-top: 0px;">${months
    .map((m, i) => `<div class="xdsoft_option ${i === month ? 'xdsoft_current' : ''}" data-value="${i}">${m}</div>`)
    .join(
      '',
    )}</div></div><i></i></div><div class="xdsoft_label xdsoft_year"><span>${year}</span><div class="xdsoft_select xdsoft_yearselect xdsoft_scroller_box"><div style="margin-top: 0px;">${[
    year - 1,
    year,
    year + 1,
  ]
    .map((y) => `<div class="xdsoft_option ${y === year ? 'xdsoft_current' : ''}" data-value="${y}">${y}</div>`)
    .join(
      '',
    )}</div></div><i></i></div><button type="button" class="xdsoft_next" style="visibility: visible;"></button></div><div class="xdsoft_calendar"><table><thead><tr>${[
    'Mon',
    'Tue',
    'Wed',
    'Thu',
    'Fri',
    'Sat',
    'Sun',
  ]
    .map((d) => `<th>${d}</th>`)
    .join(
      '',
    )}</tr></thead><tbody>${weeks}</tbody></table></div><button type="button" class="xdsoft_save_selected blue-gradient-button" style="display: none;">Save Selected</button></div><div class="xdsoft_timepicker active" style="display: none;"><button type="button" class="xdsoft_prev"></button><div class="xdsoft_time_box xdsoft_scroller_box"><div class="xdsoft_time_variant" style="margin-top: 0px;"></div></div><button type="button" class="xdsoft_next"></button></div></div>`;
};

const form = (number: string, from: string, to: string, comments: string) =>
  `<div class="container mt-3"><div class="row"><div class="col-12"><h2>Prior Authorization</h2><form name="prior_auth" class="form-horizontal" method="post" action="/interface/forms/prior_auth/save.php" onsubmit="return top.restoreSession()"><input type="hidden" name="csrf_token_form" value="3f9c1b7e2a"><fieldset><legend>Details</legend><div class="form-group mt-3"><div class="row"><div class="col-sm-4"><label for="prior_auth_number" class="col-form-label">Number:</label><input type="text" class="form-control" size="35" name="prior_auth_number" value="${number}"></div><div class="col-sm-4"><label for="date_from" class="col-form-label">From:</label><input type='text' size='10' class='form-control datetimepicker' name='date_from' id='date_from' value='${from}' /></div><div class="col-sm-4"><label for="date_to" class="col-form-label">To:</label><input type='text' size='10' class='form-control datetimepicker' name='date_to' id='date_to' value='${to}' /></div></div></div></fieldset><fieldset><legend>Comments</legend><div class="form-group mt-3"><div class="row"><div class="col-sm-12"><textarea name="comments" value="${comments}" wrap="virtual" cols="75" rows="8">${comments}</textarea></div></div></div></fieldset><div class="form-group mt-3"><div class="col-sm-12 position-override"><div class="btn-group" role="group"><button type="submit" class="btn btn-primary btn-save" onclick="top.restoreSession();" name="Submit">Save</button><button type="button" class="btn btn-secondary btn-cancel" onclick="top.restoreSession(); location.href='/interface/patient_file/encounter/encounter_top.php';">Cancel</button></div><input type="hidden" name="id" value="" /><input type="hidden" name="activity" value="1" /><input type="hidden" name="pid" value="41" /><input type="hidden" name="process" value="true" /></div></div></form></div></div></div>`;

const NOTE = 'Ilaris 150 mg q4w approved; CRP 24 mg/L on 11/02/2026; failed colchicine and anakinra.';

describe('OpenEMR prior_auth encounter form: an authorization on file, no drug request', () => {
  it('claims no request field from the authorization number, its date range or the comments', () => {
    page(form('PA-2026-118734', '2026-11-15', '2027-11-14', NOTE) + picker(false, 2026, 10, 15) + picker(false, 2027, 10, 14));
    expect(read()).toEqual({});
  });

  it('reads no member ID from the "Number" box (its label names an id the box lacks)', () => {
    page(form('U4829163702', '', '', ''));
    expect(read()['patient.memberId']).toBeUndefined();
  });

  it('takes no therapy rows or dates from an open xdsoft calendar at the end of body', () => {
    page(form('PA-2026-118734', '2026-11-15', '', '') + picker(true, 2026, 10, 15) + picker(false, 2026, 10, 4));
    expect(read()).toEqual({});
    nothingFrom('.xdsoft_datetimepicker');
  });

  it('claims no therapy start and stop from "From:" and "To:" when the comments speak of prior therapies', () => {
    page(form('PA-2026-118734', '2026-01-05', '2026-06-30', 'Prior therapies: colchicine 0.6 mg twice daily, inadequate response.'));
    expect(Object.keys(read()).filter((p) => p.startsWith('priorTherapies'))).toEqual([]);
  });
});
