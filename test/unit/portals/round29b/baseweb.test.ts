import { describe, expect, it } from 'vitest';
import { field, page, read, units } from '../read';
import { ILARIS, THERAPIES, THERAPY_ROWS, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Base Web (baseui 18.2.0, uber/baseweb at cf8bb45c): src/form-control/form-control.tsx + styled-components.ts,
 * src/input/input.tsx + base-input.tsx, src/select/select-component.tsx, autosize-input.tsx, value.tsx,
 * multi-value.tsx, dropdown.tsx, src/menu/menu.tsx + option-list.tsx, src/tag/tag.tsx, src/icon/icon.tsx,
 * src/datepicker/datepicker.tsx (+ calendar.tsx, calendar-header.tsx, day.tsx, week.tsx, locale.ts),
 * src/checkbox/checkbox.tsx, src/radio/radio.tsx + radiogroup.tsx, src/table-semantic/table.tsx,
 * src/modal/modal.tsx, src/layer/layers-manager.tsx + layer.tsx. Styletron: every element's class is a list of
 * atomic names (stand-ins "ae af …" below); `data-baseweb` marks the components.
 * - FormControl: `span` LabelContainer > `label[data-baseweb=form-control-label][for=<child id>]`, then
 *   `div[data-baseweb=form-control-container]` > the control + (caption/error) `div[data-baseweb=form-control-caption]
 *   [id=bui-N]` > (error: `div` > `svg[aria-hidden]` Alert) + `div` message; the child gets aria-describedby /
 *   aria-errormessage. No required marker.
 * - Input: `div[data-baseweb=input]` > (StartEnhancer `div`) `div[data-baseweb=base-input]` > `input` (EndEnhancer `div`).
 * - Select (searchable): `div[data-baseweb=select]` > ControlContainer `div` > ValueContainer `div` > SingleValue `div`
 *   (or one Tag per value: `span[data-baseweb=tag][role=button][aria-label="Remove M04.1"]` > `span[title]` text +
 *   `span[aria-hidden][role=presentation]` > Delete svg) + InputContainer `div` > `input[role=combobox]
 *   [aria-haspopup=listbox][aria-expanded][aria-autocomplete=list][aria-label="Selected <labels>. "][id]` + sizer
 *   `div`, Placeholder `div` while empty; IconsContainer > Clear svg[role=button] + TriangleDown svg (title "open").
 *   Its open menu is a Popover in the layers host at the end of the app: `div[data-baseweb=popover]` > `div` >
 *   DropdownContainer `div[data-no-focus-lock]` > `ul[role=listbox][data-baseweb=menu][aria-label=Menu]` >
 *   `li[role=option]` > OptionContent `div[aria-selected]`.
 * - Datepicker: InputWrapper `div` > MaskedInput (an Input) `input[aria-label="Select a date."]` with the
 *   formatString's value; the Datepicker forwards no `id`, so FormControl's label names nothing; then two
 *   clipped `p`s (format help, `aria-live` "Selected date is …"). Open: `div[data-baseweb=calendar][role=dialog]`
 *   in a popover (month/year buttons, `div[role=grid]` of `div[role=gridcell][aria-label="Choose …"]`).
 * - Checkbox: `label[data-baseweb=checkbox]` > `span` mark + `input[type=checkbox]` + `div` label.
 *   RadioGroup: `div[role=radiogroup][id]` > `label[data-baseweb=radio]` > mark `div`s + `input[type=radio][name]` + `div`.
 * - Modal with renderAll, closed: its children in a Styletron `Hidden` div (display:none by an atomic class).
 */

let n = 0;
const bui = () => `bui-${(n += 1)}`;
const alertSvg =
  '<svg data-baseweb="icon" aria-hidden="true" viewBox="0 0 24 24" class="ae af ag"><path fill-rule="evenodd" clip-rule="evenodd" d="M12 1a11 11 0 100 22 11 11 0 000-22zm1.5 5h-3v7h3V6zm0 9h-3v3h3v-3z"></path></svg>';
const svg = (title: string, attrs = '') =>
  `<svg data-baseweb="icon" ${attrs} viewBox="0 0 24 24" class="ae af ah"><title>${title}</title><path d="M12 13.5l-5-5h10l-5 5z"></path></svg>`;

type FC = { caption?: string; error?: string; htmlFor?: string | null };
/** FormControl around a control; `ctl(describedBy)` renders the control with the caption's id */
function formControl(label: string, ctl: (aria: string) => string, o: FC = {}) {
  const cid = bui();
  const hint = o.error ?? o.caption;
  const aria = o.error ? ` aria-errormessage="${cid}"` : o.caption ? ` aria-describedby="${cid}"` : '';
  return `<span class="ai aj ak"><label data-baseweb="form-control-label"${o.htmlFor ? ` for="${o.htmlFor}"` : ''} class="al am an">${label}</label></span><div data-baseweb="form-control-container" class="ao ap">${ctl(aria)}${
    hint
      ? `<div data-baseweb="form-control-caption" id="${cid}" class="aq ar${o.error ? ' as' : ''}">${o.error ? `<div class="at au">${alertSvg}</div>` : ''}<div class="av">${hint}</div></div>`
      : ''
  }</div>`;
}

const baseInput = (attrs: string, value: string, o: { start?: string; end?: string } = {}) =>
  `<div data-baseweb="input" class="aw ax ay">${o.start ? `<div class="az ba">${o.start}</div>` : ''}<div data-baseweb="base-input" class="bb bc"><input ${attrs} autocomplete="on" type="text" inputmode="text" class="bd be bf" value="${value}"></div>${o.end ? `<div class="bg bh">${o.end}</div>` : ''}</div>`;
const input = (id: string, label: string, value: string, o: FC & { end?: string; placeholder?: string } = {}) =>
  formControl(
    label,
    (aria) =>
      baseInput(
        `aria-invalid="${!!o.error}" aria-required="false"${aria} id="${id}" name="${id}"${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}`,
        value,
        { end: o.end },
      ),
    { ...o, htmlFor: id },
  );

/** a searchable Select; `menu` is its open popover for the layers host */
function select(
  id: string,
  label: string,
  chosen: string[],
  options: string[],
  o: FC & { multi?: boolean; placeholder?: string; open?: boolean; search?: string } = {},
) {
  const list = bui();
  const shown = o.multi
    ? chosen
        .map(
          (c) =>
            `<span data-baseweb="tag" aria-label="Remove ${c}" role="button" tabindex="0" class="bi bj bk"><span title="${c}" class="bl bm">${c}</span><span aria-hidden="true" role="presentation" class="bn bo">${svg('Delete', 'class="bp"')}</span></span>`,
        )
        .join('')
    : chosen.length && !o.search
      ? `<div class="bq br">${chosen[0]}</div>`
      : '';
  const control = (aria: string) =>
    `<div data-baseweb="select" class="bs bt"><div class="bu bv bw"><div class="bx by">${shown}<div class="bz ca"><input aria-autocomplete="list"${o.open ? ` aria-controls="${list}"` : ''}${aria} aria-expanded="${!!o.open}" aria-haspopup="listbox" aria-label="${chosen.length ? `Selected ${chosen.join(', ')}. ` : ''}" id="${id}" role="combobox" tabindex="0" class="cb cc" value="${o.search ?? ''}"><div class="cd ce">${o.search ?? ''}</div></div>${chosen.length || o.search ? '' : `<div class="cf cg">${o.placeholder ?? 'Select...'}</div>`}</div><div class="ch ci">${chosen.length ? svg(o.multi ? 'Clear all' : 'Clear value', `title="${o.multi ? 'Clear all' : 'Clear value'}" aria-label="${o.multi ? 'Clear all' : 'Clear value'}" role="button"`) : ''}${svg('open', 'title="open"')}</div></div></div>`;
  const menu = o.open
    ? `<div><div data-baseweb="popover" class="cj ck" style="left: 0px; top: 0px; position: absolute; transform: translate3d(24px, 310px, 0px);"><div class="cl cm"><div data-no-focus-lock="true" class="cn co"><ul role="listbox" aria-label="Menu" tabindex="0" data-baseweb="menu" id="${list}" class="cp cq">${options
        .map(
          (v, i) =>
            `<li role="option" aria-disabled="false" aria-selected="${i === 0}" id="${list}-${i}" class="cr cs"><div aria-selected="${chosen.includes(v)}" class="ct cu">${v}</div></li>`,
        )
        .join('')}</ul></div></div></div></div>`
    : '';
  return { html: formControl(label, control, { ...o, htmlFor: id }), menu };
}
const sel = (id: string, label: string, chosen: string[], options: string[], o: FC & { multi?: boolean; placeholder?: string } = {}) =>
  select(id, label, chosen, options, o).html;

/** Datepicker with formatString "MM/dd/yyyy" (or the default yyyy/MM/dd); its FormControl label names no element */
const datepicker = (label: string, value: string, o: FC & { placeholder?: string } = {}) =>
  formControl(
    label,
    (aria) =>
      `<div class="cv cw">${baseInput(`aria-disabled="false" aria-label="Select a date." aria-describedby="datepicker--screenreader--message--input${aria ? ` ${aria.replace(/.*="(.*)"/, '$1')}` : ''}" aria-invalid="${!!o.error}" aria-required="false" placeholder="${o.placeholder ?? 'MM/DD/YYYY'}"`, value)}</div><p id="datepicker--screenreader--message--input" style="position: fixed; width: 0px; height: 0px; border-left-width: 0px; border-right-width: 0px; border-top-width: 0px; border-bottom-width: 0px; padding: 0px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(100%);">Date format is ${o.placeholder === 'YYYY/MM/DD' ? 'yyyy/MM/dd' : 'MM/dd/yyyy'}. Press the down arrow or enter key to interact with the calendar and select a date. Press the escape button to close the calendar.</p><p aria-live="assertive" style="position: fixed; width: 0px; height: 0px; border-left-width: 0px; border-right-width: 0px; border-top-width: 0px; border-bottom-width: 0px; padding: 0px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(100%);">${value ? `Selected date is ${value}.` : ''}</p>`,
    o,
  );

const calendarPopover = () =>
  `<div><div data-baseweb="popover" class="cj ck" style="position: absolute;"><div class="cl cm"><div data-baseweb="calendar" role="dialog" aria-roledescription="date picker" aria-label="Calendar." class="cx cy"><div class="cz"><div class="da"><button aria-label="Previous month." type="button" class="db">${svg('Previous month.')}</button><button aria-live="polite" type="button" aria-label="Month, November" class="dc">November<span class="dd">${svg('open')}</span></button><button aria-live="polite" type="button" aria-label="Year, 2026" class="dc">2026<span class="dd">${svg('open')}</span></button><button aria-label="Next month." type="button" class="db">${svg('Next month.')}</button></div><div role="presentation" class="de">${['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa'].map((d) => `<div class="df">${d}</div>`).join('')}</div></div><div role="grid" aria-roledescription="Calendar month" class="dg"><div role="row" class="dh">${[
    1, 2, 3, 4, 5, 6, 7,
  ]
    .map(
      (d) =>
        `<div aria-label="${d === 2 ? 'Selected. ' : ''}Choose ${['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'][d - 1]}, November ${d}${d === 1 ? 'st' : d === 2 ? 'nd' : d === 3 ? 'rd' : 'th'} 2026. It's available." role="gridcell" aria-roledescription="button" tabindex="${d === 2 ? 0 : -1}" class="di"><div>${d}</div></div>`,
    )
    .join('')}</div></div></div></div></div></div>`;

const checkbox = (label: string, checked: boolean) =>
  `<label data-baseweb="checkbox" class="dj dk"><span class="dl dm"></span><input aria-invalid="false" aria-required="false" type="checkbox" class="dn"${checked ? ' checked' : ''}><div class="do">${label}</div></label>`;
const radioGroup = (id: string, label: string, name: string, options: string[], chosen: string) =>
  formControl(
    label,
    () =>
      `<div id="${id}" role="radiogroup" class="dp dq">${options
        .map(
          (v) =>
            `<label data-baseweb="radio" class="dr ds"><div class="dt du"><div class="dv"></div></div><input name="${name}" tabindex="${v === chosen ? 0 : -1}" type="radio" class="dw" value="${v}"${v === chosen ? ' checked' : ''}><div class="dx">${v}</div></label>`,
        )
        .join('')}</div>`,
    { htmlFor: id },
  );
const table = (cols: string[], rows: string[][]) =>
  `<div data-baseweb="table-semantic" class="dy dz"><table class="ea"><thead class="eb"><tr class="ec">${cols.map((c) => `<th class="ed ee">${c}</th>`).join('')}</tr></thead><tbody class="ef">${rows.map((r) => `<tr class="eg">${r.map((c) => `<td class="eh">${c}</td>`).join('')}</tr>`).join('')}</tbody></table></div>`;

/** BaseProvider's LayersManager: the app container, then the layers host (popovers, modals) */
const app = (body: string, layers = '') =>
  `<div id="root"><div class="ei"><main class="ej"><form class="ek"><h1 class="el">Prior authorization request</h1>${body}<button data-baseweb="button" type="submit" class="em en">Submit request</button></form></main></div><div class="eo">${layers}</div></div>`;
const heading = (t: string) => `<h3 class="ep">${t}</h3>`;
const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const CODES = ['M04.1', 'M06.1', 'M04.8'];

describe('Base Web: FormControl, Input, Select (single, multi), Datepicker, RadioGroup, Table, Modal', () => {
  it('reads the full Ilaris request', () => {
    const therapies = table(
      ['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'],
      THERAPY_ROWS.map((r, i) =>
        r.map((v, j) =>
          baseInput(`aria-label="${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'][j]}, therapy ${i + 1}" id="t${i}${j}"`, v),
        ),
      ),
    );
    page(
      app(
        `${heading('Member')}${input('memberId', 'Member ID', ILARIS['patient.memberId'])}${datepicker('Date of birth', ILARIS['patient.dob'])}${input('weight', 'Weight', '72', { end: 'kg' })}
        ${heading('Diagnosis')}${sel('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multi: true })}
        ${heading('Medication')}${sel('drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}${input('ndc', 'NDC', ILARIS['drug.ndc'])}${input('dose', 'Dose', '150', { end: 'mg' })}${input('units', 'Billing units', '150')}${radioGroup('frequency', 'Frequency', 'frequency', FREQ, 'Every 4 weeks')}
        ${heading('Labs')}${input('crp', 'CRP', '24', { end: 'mg/L' })}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}
        ${heading('Prior therapies')}${therapies}
        ${heading('Prescriber')}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { caption: '10 digits' })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    expect(units()).toMatchObject({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
    noDuplicatePaths();
  });

  it("names an Input by its FormControl label, not by its caption or the previous field's error, and takes its end enhancer as the unit", () => {
    page(
      app(
        `${input('memberId', 'Member ID', '', { error: 'Member ID is required' })}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'], { caption: '10 digits' })}${input('weight', 'Weight', '72', { end: 'kg' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'], 'patient.weight': '72' });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('reads a single Select by its shown value (its combobox input holds only a search), and an empty one (placeholder) as empty', () => {
    page(
      app(
        `${sel('drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${sel('freq', 'Frequency', [], FREQ, { placeholder: 'Choose a frequency' })}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
    expect(field('drug.name')?.label).toBe('Drug name');
  });

  it('reads a multi Select by its tags, without "Remove …", "Delete" or "Clear all"', () => {
    page(app(sel('icd', 'ICD-10 codes', ['M04.1', 'M06.1'], CODES, { multi: true })));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    expect(field('diagnosis.codes.0')?.label).toBe('ICD-10 codes');
  });

  it('takes nothing from an open Select menu in the layers host, whose first option is highlighted, not chosen', () => {
    const s = select('freq', 'Frequency', ['Every 8 weeks'], FREQ, { open: true });
    page(app(`${s.html}${input('npi', 'Prescriber NPI', ILARIS['prescriber.npi'])}`, s.menu));
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'prescriber.npi': ILARIS['prescriber.npi'] });
    nothingFrom('[data-baseweb="popover"]');
  });

  it('reads Datepicker inputs (MM/dd/yyyy) by their FormControl labels, and nothing from the open calendar', () => {
    page(
      app(
        `${datepicker('Date of birth', ILARIS['patient.dob'])}${datepicker('CRP collection date', ILARIS['labs.crpDate'])}`,
        calendarPopover(),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': ILARIS['patient.dob'], 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('[data-baseweb="calendar"]');
  });

  it('reads a Datepicker in its default yyyy/MM/dd format as shown, and an empty one (mask placeholder only) as empty', () => {
    page(
      app(
        `${datepicker('Date of birth', '1988/03/14', { placeholder: 'YYYY/MM/DD' })}${datepicker('CRP collection date', '', { placeholder: 'YYYY/MM/DD' })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '1988/03/14', 'labs.crpDate': '' });
  });

  // misread: WRONG VALUE: returns 'Kin', the search typed in the combobox input while the chosen value is hidden
  // (the input's aria-label still announces "Selected Ilaris (canakinumab). ")
  it.fails('reads a Select whose menu is open with "Kin" typed as its chosen drug, not the search', () => {
    const s = select('drug', 'Drug name', [ILARIS['drug.name']], ['Kineret (anakinra)'], { open: true, search: 'Kin' });
    page(app(s.html, s.menu));
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
  });

  it('reads a RadioGroup labelled by its FormControl as its checked option', () => {
    page(
      app(
        `${radioGroup('frequency', 'Frequency', 'frequency', FREQ, 'Every 8 weeks')}${checkbox('I attest the information above is accurate', true)}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    noDuplicatePaths();
  });

  it('takes no prior therapy, drug or date from a read-only table-semantic of past requests', () => {
    page(
      app(
        `${heading('Medication')}${sel('drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${input('hcpcs', 'HCPCS code', ILARIS['drug.hcpcs'])}
        ${heading('Previous requests for this member')}${table(
          ['Request', 'Drug', 'Start date', 'Stop date', 'Status'],
          [
            ['PA-20931', 'Kineret (anakinra)', '07/01/2026', '09/15/2026', 'Approved'],
            ['PA-18811', 'colchicine', '01/05/2026', '06/30/2026', 'Closed'],
          ],
        )}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });

  // misread: WRONG VALUE: priorTherapies.0 = methotrexate / 15 mg weekly / 02/01/2025 from the closed modal's
  // fields: its Hidden div is display:none only through a Styletron atomic class, which the reader does not see
  it.fails('takes nothing from a closed Modal rendered with renderAll (its Styletron Hidden div)', () => {
    const hidden = `<style>.eq{display:none}</style><div class="eq"><div class="er">Add a prior therapy</div><div class="es">${input('newDrug', 'Drug', 'methotrexate')}${input('newDose', 'Dose', '15 mg weekly')}${datepicker('Start date', '02/01/2025')}</div><div class="et"><button data-baseweb="button" type="button" class="em">Add</button></div></div>`;
    page(
      app(
        `${heading('Medication')}${sel('drug', 'Drug name', [ILARIS['drug.name']], DRUGS)}${input('dose', 'Dose', '150', { end: 'mg' })}${hidden}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.dose': '150' });
    nothingFrom('.eq');
  });
});
