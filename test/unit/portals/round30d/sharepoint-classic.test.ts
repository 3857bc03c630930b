import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * SharePoint 2013/2016/SE classic list forms (NewForm.aspx / EditForm.aspx; closed source, so the markup is
 * taken from public copies of its field templates and scripts against rendered forms, no one commit):
 * - `table.ms-formtable > tr` of `td.ms-formlabel[nowrap][valign=top] > h3.ms-standardheader > nobr` (the title,
 *   a required one followed by `span.ms-accentText[title="This is a required field."] " *"`) and
 *   `td.ms-formbody` (the `<!-- FieldName=… FieldType=… -->` comment, `span[dir=none]` around the control, the
 *   description `span.ms-metadata` after it, a failed validation `span.ms-formvalidation.ms-csrformvalidation >
 *   span[role=alert]`): ngSharePoint's templates of SP2013's clientforms.js (spfield-label.html,
 *   spfield-*-edit.html, spfield-description.html) and a SharePoint Designer form (ms-formtable, FieldLabel,
 *   ms-formvalidation star).
 * - control ids `<InternalName>_<field guid>_$TextField/$NumberField/$DropDownChoice/$LookupField`,
 *   `$RadioButtonChoiceField<n>`, `MultiChoiceOption_<n>` (SPUtility-style scripts against rendered forms);
 *   required boxes titled "<Title> Required Field".
 * - DateTime: `table#…_$DateTimeFieldTopTable` > `td.ms-dtinput` (a `label[style=display:none]` "<InternalName>
 *   Date" + `input#…_$DateTimeFieldDate.ms-input[title=<Title>]`), `td.ms-dtinput > a > img#…DatePickerImage
 *   [alt="Select a date from the calendar."]`, the closed `iframe#…DatePickerFrame[style=display:none]`, and for
 *   date-and-time fields `td.ms-dttimeinput` with hidden labels "<Title> Hours"/"<Title> Minutes" over the hour
 *   ("12 AM"…) and minute ("00", "05"…) selects.
 * - Choice as radios/checkboxes: `table[cellpadding=0][cellspacing=1] > tr > td > span.ms-RadioText[title] >
 *   input + label[for]`; lookup: a select with "(None)" first; person: SPClientPeoplePicker's
 *   `div.sp-peoplepicker-topLevel` > resolved `span.sp-peoplepicker-userSpan > span.ms-entity-resolved` +
 *   `a.sp-peoplepicker-delImage`, `input.sp-peoplepicker-editorInput`, a hidden JSON input.
 * - The list view web part beside the form: `table.ms-listviewtable` with `tr.ms-viewheadertr > th.ms-vh2 >
 *   div.ms-vh-div`, `tr.ms-itmhover > td.ms-cellstyle.ms-vb2`, select boxes drawn as `div[role=checkbox]`.
 */

let n = 0;
const guid = () => `3f1c2a90-8b7e-4c21-9d0a-5e6f7a8b9c${(n += 1).toString(16).padStart(2, '0')}`;
const internal = (title: string) =>
  title.replace(/[^A-Za-z0-9]/g, (c) => `_x00${c.charCodeAt(0).toString(16).padStart(2, '0')}_`).slice(0, 32);

type Opt = { required?: boolean; description?: string; error?: string; hidden?: boolean };
const row = (title: string, type: string, control: string, o: Opt = {}) =>
  `<tr${o.hidden ? ' style="display: none;"' : ''}><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><h3 class="ms-standardheader"><nobr>${title}${
    o.required ? '<span class="ms-accentText" title="This is a required field."> *</span>' : ''
  }</nobr></h3></td><td valign="top" width="350px" class="ms-formbody"><!-- FieldName="${title}" FieldInternalName="${internal(title)}" FieldType="${type}" --><span dir="none">${control}</span>${
    o.error ? `<span class="ms-formvalidation ms-csrformvalidation"><span role="alert">${o.error}</span><br></span>` : ''
  }${o.description ? `<span class="ms-metadata">${o.description}</span>` : ''}</td></tr>`;
const idOf = (title: string) => `${internal(title)}_${guid()}`;
const titled = (title: string, o: Opt) => (o.required ? `${title} Required Field` : title);

const text = (title: string, value: string, o: Opt = {}) =>
  row(
    title,
    'SPFieldText',
    `<input type="text" value="${value}" maxlength="255" id="${idOf(title)}_$TextField" title="${titled(title, o)}" class="ms-long ms-spellcheck-true"><br>`,
    o,
  );
const number = (title: string, value: string, o: Opt = {}) =>
  row(
    title,
    'SPFieldNumber',
    `<input type="text" value="${value}" id="${idOf(title)}_$NumberField" title="${titled(title, o)}" size="11" class="ms-input" style="ime-mode : inactive">&nbsp;<br>`,
    o,
  );
const dropdown = (title: string, chosen: string, options: string[], o: Opt = {}) =>
  row(
    title,
    'SPFieldChoice',
    `<select id="${idOf(title)}_$DropDownChoice" title="${titled(title, o)}" class="ms-RadioText">${options.map((v) => `<option${v === chosen ? ' selected="selected"' : ''} value="${v}">${v}</option>`).join('')}</select><br>`,
    o,
  );
const lookup = (title: string, chosen: string, options: string[], o: Opt = {}) =>
  row(
    title,
    'SPFieldLookup',
    `<select id="${idOf(title)}_$LookupField" title="${titled(title, o)}"><option value="0"${chosen ? '' : ' selected="selected"'}>(None)</option>${options.map((v, i) => `<option value="${i + 7}"${v === chosen ? ' selected="selected"' : ''}>${v}</option>`).join('')}</select><br>`,
    o,
  );
const choiceTable = (title: string, type: 'radio' | 'checkbox', checked: string[], options: string[], o: Opt = {}) => {
  const id = idOf(title);
  return row(
    title,
    type === 'radio' ? 'SPFieldChoice' : 'SPFieldMultiChoice',
    `<table cellpadding="0" cellspacing="1"><tbody>${options
      .map((v, i) => {
        const cid = type === 'radio' ? `${id}_$RadioButtonChoiceField${i}` : `${id}_MultiChoiceOption_${i}`;
        return `<tr><td><span class="ms-RadioText" title="${v}"><input id="${cid}" type="${type}"${type === 'radio' ? ` name="${id}_$RadioButtonChoiceField"` : ''} value="${v}"${checked.includes(v) ? ' checked="checked"' : ''}><label for="${cid}">${v}</label></span></td></tr>`;
      })
      .join('')}</tbody></table>`,
    o,
  );
};
const hours = ['12 AM', '1 AM', '2 AM', '8 AM', '9 AM', '10 AM', '12 PM', '1 PM'];
const date = (title: string, value: string, o: Opt & { time?: [string, string] } = {}) => {
  const id = idOf(title);
  const hidden = (f: string, t: string) => `<label for="${id}_$DateTimeField${f}" style="display:none">${t}</label>`;
  const time = o.time
    ? `<td class="ms-dttimeinput" nowrap="nowrap">${hidden('DateHours', `${title} Hours`)}<select id="${id}_$DateTimeFieldDateHours">${hours.map((h) => `<option${h === o.time![0] ? ' selected="selected"' : ''} value="${h}">${h}</option>`).join('')}</select>&nbsp;${hidden('DateMinutes', `${title} Minutes`)}<select id="${id}_$DateTimeFieldDateMinutes">${['00', '05', '10', '15', '30', '45'].map((m) => `<option${m === o.time![1] ? ' selected="selected"' : ''} value="${m}">${m}</option>`).join('')}</select></td>`
    : '';
  return row(
    title,
    'SPFieldDateTime',
    `<table id="${id}_$DateTimeFieldTopTable" border="0" cellpadding="0" cellspacing="0"><tbody><tr><td class="ms-dtinput">${hidden('Date', `${internal(title)} Date`)}<input type="text" value="${value}" maxlength="45" id="${id}_$DateTimeFieldDate" title="${titled(title, o)}" class="ms-input" autopostback="0"></td><td class="ms-dtinput"><a href="#" onclick="clickDatePicker('${id}_$DateTimeFieldDate', '/_layouts/15/iframe.aspx?cal=1&amp;lcid=1033', '', event); return false;"><img id="${id}_$DateTimeFieldDateDatePickerImage" src="/_layouts/15/images/calendar_25.gif?rev=23" border="0" alt="Select a date from the calendar."></a></td><td><iframe id="${id}_$DateTimeFieldDateDatePickerFrame" title="Select a date from the calendar." style="display:none; position:absolute; width:200px; z-index:101;" src="/_layouts/15/images/blank.gif?rev=23" class="owl-date-picker"></iframe></td>${time}</tr></tbody></table>`,
    o,
  );
};
const person = (title: string, who: string[]) => {
  const id = `${idOf(title)}_$ClientPeoplePicker`;
  const users = who
    .map((w) => {
      const key = `i:0#.f|membership|${w.split(' ')[1]!.toLowerCase()}@contoso-health.org`;
      return `<span id="${id}_${key}_ProcessedUser" class="sp-peoplepicker-userSpan" sid="${key}"><span class="ms-entity-resolved" id="${id}_${key}_ProcessedUser_Resolved" title="${key}">${w}</span><a class="sp-peoplepicker-delImage" id="${id}_${key}_ProcessedUser_DeleteUserLink" href="#" onclick="SPClientPeoplePicker.DeleteProcessedUser(this.parentNode); return false;" title="Remove person or group ${w}">x</a></span>`;
    })
    .join('');
  return row(
    title,
    'SPFieldUser',
    `<div id="${id}" class="sp-peoplepicker-topLevel" title="${title}" spclientpeoplepicker="true"><span id="${id}_InitialHelpText" class="sp-peoplepicker-initialHelpText ms-helperText"${who.length ? ' style="display: none;"' : ''}>Enter a name or email address...</span><div id="${id}_AutoFillDiv" class="sp-peoplepicker-autoFillContainer" role="listbox" style="display: none;"></div><div id="${id}_ResolvedList" class="sp-peoplepicker-resolveList">${users}</div><input type="text" class="sp-peoplepicker-editorInput" size="1" autocomplete="off" value="" id="${id}_EditorInput" title="${title}" aria-autocomplete="list" aria-haspopup="true" style="width: 17px;"><div id="${id}_WaitImage" class="sp-peoplepicker-waitImg" style="display: none;"></div><input type="hidden" id="${id}_HiddenInput" name="${id}_HiddenInput" value='[{"Key":"${who[0] ?? ''}","IsResolved":true}]'></div>`,
  );
};

const form = (rows: string, tail = '') =>
  `<div id="s4-workspace"><div id="contentBox"><div id="DeltaPlaceHolderMain"><form method="post" action="./NewForm.aspx?Source=%2Fsites%2Fpharmacy%2FLists%2FPA%2FAllItems.aspx" id="aspnetForm"><div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth"><div webpartid="0a1b2c3d-4e5f-4061-8273-948596a7b8c9" class="ms-WPBody noindex" id="WebPartWPQ2"><table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%"><tbody>${rows}<tr id="idAttachmentsRow" style="display: none;"><td nowrap="true" valign="top" class="ms-formlabel" width="20%"><h3 class="ms-standardheader"><nobr>Attachments</nobr></h3></td><td valign="top" class="ms-formbody" width="80%" id="idAttachmentsTable"></td></tr></tbody></table><table class="ms-formtoolbar" cellpadding="2" cellspacing="0" border="0" width="100%" role="presentation"><tbody><tr><td width="99%" class="ms-toolbar" nowrap="nowrap"></td><td class="ms-toolbar" nowrap="nowrap"><input type="button" name="ctl00$ctl40$g_0a1b2c3d$savebutton2$ctl00$diidIOSaveItem" value="Save" class="ms-ButtonHeightWidth" accesskey="O"></td><td class="ms-toolbar" nowrap="nowrap"><input type="button" value="Cancel" class="ms-ButtonHeightWidth" accesskey="C"></td></tr></tbody></table></div></div></div></div>${tail}</form></div></div></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];
const SHOWN = { ...ILARIS, 'patient.dob': '3/14/1988', 'labs.crpDate': '11/2/2026' };

const requestRows = (o: { frequency?: string } = {}) =>
  [
    text('Member ID', ILARIS['patient.memberId'], { required: true, description: 'As printed on the member card.' }),
    date('Date of Birth', '3/14/1988', { required: true }),
    number('Weight (kg)', '72'),
    choiceTable('ICD-10 Codes', 'checkbox', ['M04.1', 'M06.1'], CODES),
    lookup('Medication', ILARIS['drug.name'], DRUGS, { required: true }),
    text('HCPCS Code', ILARIS['drug.hcpcs']),
    text('NDC', ILARIS['drug.ndc'], { description: '11 digits, 5-4-2.' }),
    number('Dose (mg)', '150'),
    number('Billing Units', '150'),
    choiceTable('Frequency', 'radio', [o.frequency ?? 'Every 4 weeks'], FREQS),
    number('CRP (mg/L)', '24'),
    date('CRP Collection Date', '11/2/2026', { time: ['9 AM', '30'] }),
    text('Prescriber NPI', ILARIS['prescriber.npi'], { required: true }),
  ].join('');

describe('SharePoint classic list forms: ms-formtable, DateTime, choice tables, lookup, people picker', () => {
  it('reads the full Ilaris request', () => {
    page(form(requestRows()));
    expect(read()).toEqual({ ...SHOWN, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  // misread: the date box is named by its hidden label (`label[for][style=display:none]`, "Date_x0020_of_x0020_Birth
  // Date", the internal name) instead of the ms-formlabel title "Date of Birth"; the value is still read
  it.fails(
    'names a field by its ms-formlabel title, without the required star, the description or the hidden "<InternalName> Date" label',
    () => {
      page(form(requestRows()));
      expect(field('patient.memberId')?.label).toBe('Member ID');
      expect(field('patient.dob')?.label).toBe('Date of Birth');
      expect(read()['patient.dob']).toBe('3/14/1988');
    },
  );

  it('reads a date-and-time field as its date box, not its hour and minute selects', () => {
    page(form(`${number('CRP (mg/L)', '24')}${date('CRP Collection Date', '11/2/2026', { time: ['9 AM', '30'] })}`));
    expect(read()).toEqual({ 'labs.crpValue': '24', 'labs.crpDate': '11/2/2026' });
    nothingFrom('td.ms-dttimeinput');
  });

  it('reads a required field failing validation as empty, and names the next field by its own title, not the alert', () => {
    page(
      form(
        `${text('Member ID', '', { required: true, error: "You can't leave this blank." })}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('reads a radio choice table as its checked choice and a checkbox choice table as its checked codes', () => {
    page(
      form(
        `${choiceTable('Frequency', 'radio', ['Every 8 weeks'], FREQS)}${choiceTable('ICD-10 Codes', 'checkbox', ['M04.1', 'M06.1'], CODES)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'diagnosis.codes.0': 'M04.1, M06.1' });
  });

  it('reads a lookup left at "(None)" and a drop-down choice as their chosen text, "(None)" as empty', () => {
    page(form(`${lookup('Medication', '', DRUGS)}${dropdown('Frequency', 'Once', FREQS)}`));
    expect(read()).toEqual({ 'drug.name': '', 'drug.frequency': 'Once' });
  });

  // misread: the people picker's editor box is read as a text field named by the resolved person beside it
  // ("Dana Whitfield x"), so nothing claims prescriber.name; the resolved entity is not read as its value
  it.fails('reads a people picker by its resolved person, not its help text, editor box or hidden JSON', () => {
    page(form(`${person('Prescriber Name', ['Dana Whitfield'])}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'prescriber.name': 'Dana Whitfield', 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('takes nothing from the list view of previous medication requests beside the form', () => {
    const cbx = (t: string) =>
      `<div role="checkbox" class="s4-itm-cbx s4-itm-imgCbx" tabindex="-1" title="${t}" aria-checked="false"><span class="s4-itm-imgCbx-inner"><span class="ms-selectitem-span"><img class="ms-selectitem-icon" alt="" src="/_layouts/15/images/spcommon.png?rev=23"></span></span></div>`;
    const items = [
      ['PA-0812', 'Kineret (anakinra)', '100 mg daily', '7/1/2026', 'Approved'],
      ['PA-0533', 'colchicine', '0.6 mg twice daily', '1/5/2026', 'Denied'],
    ];
    const view = `<div class="ms-webpart-chrome ms-webpart-chrome-vertical" id="WPQ3chrome"><div class="ms-webpart-chrome-title" id="WebPartWPQ3_ChromeTitle"><span title="Previous Medication Requests - Displays a dynamic view of the list." class="js-webpart-titleCell"><h2 style="text-align:justify;" class="ms-webpart-titleText"><nobr><span>Previous Medication Requests</span><span id="WebPartCaptionWPQ3"></span></nobr></h2></span></div><div class="ms-WPBody noindex" id="WebPartWPQ3"><table summary="PA Requests" class="ms-listviewtable" border="0" cellspacing="0" cellpadding="1" id="onetidDoclibViewTbl0" dir="none"><thead id="js-listviewthead-WPQ3"><tr valign="top" class="ms-viewheadertr ms-vhltr"><th class="ms-headerCellStyleIcon ms-vh-icon ms-vh-selectAllIcon" scope="col"><span class="ms-selectall-span" tabindex="0" id="cbxSelectAllItems" title="Select or deselect all items" role="checkbox" aria-checked="false"><span class="ms-selectall-iconouter"><img class="ms-selectall-icon" alt="" src="/_layouts/15/images/spcommon.png?rev=23"></span></span></th>${['Request', 'Drug', 'Dose', 'Submitted', 'Status'].map((h) => `<th scope="col" class="ms-vh2"><div class="ms-vh-div" displayname="${h}" name="${h}"><a class="ms-headerSortTitleLink" title="Sort by ${h}" href="javascript:">${h}</a></div></th>`).join('')}</tr></thead><tbody>${items
      .map(
        (r, i) =>
          `<tr class="ms-itmHoverEnabled ms-itmhover" iid="1,${i + 4},0" setedgeborder="true"><td class="ms-cellStyleNonEditable ms-vb-itmcbx ms-vb-imgFirstCell" tabindex="0">${cbx(`Select ${r[0]}`)}</td>${r.map((c) => `<td class="ms-cellstyle ms-vb2">${c}</td>`).join('')}</tr>`,
      )
      .join('')}</tbody></table></div></div>`;
    page(form(requestRows(), view));
    expect(read()).toMatchObject({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    nothingFrom('.ms-listviewtable');
  });

  it('names a SharePoint 2010 field without its ms-formvalidation star', () => {
    const sp2010 = (title: string, value: string) =>
      `<tr><td nowrap="true" valign="top" width="190px" class="ms-formlabel"><h3 class="ms-standardheader"><nobr>${title}<span class="ms-formvalidation"> *</span></nobr></h3></td><td valign="top" class="ms-formbody" width="400px"><!-- FieldName="${title}" FieldInternalName="${internal(title)}" FieldType="SPFieldText" --><span dir="none"><input name="ctl00$m$g_5c7e$ff${(n += 1)}_1$ctl00$ctl00$TextField" type="text" value="${value}" maxlength="255" id="ctl00_m_g_5c7e_ff${n}_1_ctl00_ctl00_TextField" title="${title}" class="ms-long"><br></span></td></tr>`;
    page(form(`${sp2010('Member ID', ILARIS['patient.memberId'])}${sp2010('Prescriber NPI', ILARIS['prescriber.npi'])}`));
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('reads the shown Member ID over a stale copy in a row hidden by a form script', () => {
    page(
      form(
        `${text('Member ID', 'U0000000000', { hidden: true })}${text('Member ID', ILARIS['patient.memberId'], { required: true })}${text('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
});
