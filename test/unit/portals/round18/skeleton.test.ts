import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Skeleton v4 for Svelte 5 (skeletonlabs/skeleton at d7ce920, packages/skeleton-svelte/src/components/combobox/,
 * tags-input/, segmented-control/ anatomy/*.svelte: each part spreads Zag's props, no classes of its own) with
 * Zag (chakra-ui/zag: combobox.connect.ts + combobox.dom.ts, tags-input.connect.ts + .dom.ts, radio-group.connect.ts,
 * which Skeleton's SegmentedControl runs) and Skeleton's Tailwind form classes (`label.label > span.label-text`
 * wrapping `input.input`, `select.select`, `textarea.textarea`; `div.table-wrap > table.table`):
 * - Combobox: `div[data-scope=combobox][data-part=root]` > `label#combobox:<id>:label[for=…:input]`,
 *   `div[data-part=control]` > `input#…:input[role=combobox][aria-autocomplete=list][aria-controls=…:content]`
 *   showing the chosen item's label + `button#…:toggle-btn[aria-label="Toggle suggestions"][aria-haspopup=listbox]`
 *   (chevron svg); Portal > positioner > `div#…:content[role=listbox][hidden][data-state=closed]` left at the end of
 *   body while closed, `div[role=option][data-value][aria-selected]` items with item-text and item-indicator.
 * - TagsInput: root > `label[for=<input id>]`, control > `span[data-part=item]` > item-preview (item-text + delete
 *   trigger `button[aria-label="Delete tag X"]`) + hidden item-input, then the input, then `input[type=text][hidden]`.
 * - SegmentedControl: Zag radio-group `div[role=radiogroup][aria-labelledby]` > `span[data-part=label]`, items
 *   `label[data-part=item][for=<hidden input>]` > item-text, visually hidden `input[type=radio][data-part=
 *   item-hidden-input]`, and the sliding `div[data-part=indicator]`.
 */

const HID =
  'border: 0px; clip: rect(0px, 0px, 0px, 0px); height: 1px; margin: -1px; overflow: hidden; padding: 0px; position: absolute; width: 1px; white-space: nowrap; word-wrap: normal;';
const zp = (scope: string, part: string) => `data-scope="${scope}" data-part="${part}" dir="ltr"`;
const chevron =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide-icon lucide lucide-chevron-down"><path d="m6 9 6 6 6-6"></path></svg>';
const xIcon =
  '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" class="lucide-icon lucide lucide-x"><path d="M18 6 6 18"></path><path d="m6 6 12 12"></path></svg>';
let n = 0;

const text = (label: string, value: string, type = 'text') =>
  `<label class="label"><span class="label-text">${label}</span><input class="input" type="${type}" value="${value}"></label>`;

/** Combobox; `content` is its portalled positioner for the end of body */
function combobox(label: string, value: string, options: string[], open = false) {
  const id = `combobox:s${++n}`;
  const st = open ? 'open' : 'closed';
  const html = `<div ${zp('combobox', 'root')} id="${id}" data-state="${st}"><label ${zp('combobox', 'label')} id="${id}:label" for="${id}:input">${label}</label><div ${zp('combobox', 'control')} id="${id}:control" data-state="${st}"><input ${zp('combobox', 'input')} id="${id}:input" aria-autocomplete="list" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" placeholder="Search..." type="text" role="combobox" aria-controls="${id}:content" aria-expanded="${open}" data-state="${st}" value="${value}"><button ${zp('combobox', 'trigger')} type="button" tabindex="-1" id="${id}:toggle-btn" aria-haspopup="listbox" aria-label="Toggle suggestions" aria-expanded="${open}" data-state="${st}"${open ? ` aria-controls="${id}:content"` : ''}>${chevron}</button></div></div>`;
  const content = `<div ${zp('combobox', 'positioner')} id="${id}:popper" style="position: absolute; min-width: max-content; top: 0px; left: 0px;"><div ${zp('combobox', 'content')} id="${id}:content" role="listbox" tabindex="-1" data-state="${st}"${open ? '' : ' hidden=""'} aria-labelledby="${id}:label">${options.map((o) => `<div ${zp('combobox', 'item')} id="${id}:option:${o}" role="option" tabindex="-1" data-value="${o}" aria-selected="${o === value}" data-state="${o === value ? 'checked' : 'unchecked'}"><span ${zp('combobox', 'item-text')}>${o}</span><span ${zp('combobox', 'item-indicator')} aria-hidden="true"${o === value ? '' : ' hidden=""'}>✓</span></div>`).join('')}</div></div>`;
  return { html, content };
}

const tagsInput = (label: string, tags: string[]) => {
  const id = `tags-input:s${++n}`;
  return `<div ${zp('tags-input', 'root')} id="${id}"${tags.length ? '' : ' data-empty=""'}><label ${zp('tags-input', 'label')} id="${id}:label" for="${id}:input">${label}</label><div ${zp('tags-input', 'control')} id="${id}:control">${tags
    .map(
      (t, i) =>
        `<span ${zp('tags-input', 'item')} data-value="${t}"><span ${zp('tags-input', 'item-preview')} id="${id}:tag:${t}:${i}" data-value="${t}"><span ${zp('tags-input', 'item-text')}>${t}</span><button ${zp('tags-input', 'item-delete-trigger')} id="${id}:tag:${t}:${i}:delete-btn" type="button" tabindex="-1" aria-label="Delete tag ${t}">${xIcon}</button></span><input ${zp('tags-input', 'item-input')} aria-label="Editing tag ${t}. Press enter to save or escape to cancel." id="${id}:tag:${t}:${i}:input" tabindex="-1" hidden="" value=""></span>`,
    )
    .join(
      '',
    )}<input ${zp('tags-input', 'input')} id="${id}:input" autocomplete="off" autocorrect="off" autocapitalize="none" enterkeyhint="done" placeholder="Add a code..." value=""></div><input type="text" hidden="" id="${id}:hidden-input" name="codes" value="${tags.join(',')}"></div>`;
};

const segment = (label: string, options: string[], chosen: string) => {
  const id = `radio-group:s${++n}`;
  return `<div ${zp('radio-group', 'root')} role="radiogroup" id="${id}" aria-labelledby="${id}:label" data-orientation="horizontal" style="position: relative;"><span ${zp('radio-group', 'label')} id="${id}:label" data-orientation="horizontal">${label}</span><div ${zp('radio-group', 'indicator')} id="${id}:indicator" data-orientation="horizontal" style="position: absolute;"></div>${options
    .map(
      (v) =>
        `<label ${zp('radio-group', 'item')} id="${id}:radio:${v}" for="${id}:radio:input:${v}" data-orientation="horizontal" data-state="${v === chosen ? 'checked' : 'unchecked'}"><span ${zp('radio-group', 'item-text')} id="${id}:radio:label:${v}" data-state="${v === chosen ? 'checked' : 'unchecked'}">${v}</span><input ${zp('radio-group', 'item-hidden-input')} id="${id}:radio:input:${v}" type="radio" name="frequency" value="${v}"${v === chosen ? ' checked=""' : ''} aria-labelledby="${id}:radio:label:${v}" style="${HID}"></label>`,
    )
    .join('')}</div>`;
};

const therapyTable = () =>
  `<h3 class="h3">Prior therapies</h3><div class="table-wrap"><table class="table caption-bottom"><thead><tr>${['Drug', 'Dose', 'Start date', 'Stop date', 'Outcome'].map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody class="[&amp;>tr]:hover:preset-tonal-primary">${(
    [0, 1] as const
  )
    .map(
      (i) =>
        `<tr>${(['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => `<td><input class="input" type="${k === 'start' || k === 'stop' ? 'date' : 'text'}" value="${ISO_THERAPIES[`priorTherapies.${i}.${k}`]}"></td>`).join('')}</tr>`,
    )
    .join('')}</tbody></table></div>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('Skeleton v4 (Svelte 5 + Zag): inputs, Combobox, TagsInput, SegmentedControl, table of inputs', () => {
  it('reads the full Ilaris request', () => {
    const drug = combobox('Drug name', ISO_REQUEST['drug.name'], DRUGS);
    page(
      `<div class="card preset-outlined-surface-200-800 p-4"><form class="space-y-4"><h3 class="h3">Member</h3>${text('Member ID', ISO_REQUEST['patient.memberId'])}${text('Date of birth', ISO_REQUEST['patient.dob'], 'date')}${text('Weight (kg)', '72', 'number')}
      <h3 class="h3">Diagnosis</h3>${tagsInput('ICD-10 codes', ['M04.1', 'M06.1'])}
      <h3 class="h3">Medication</h3>${drug.html}${text('HCPCS code', 'J0638')}${text('NDC', '00078-0734-61')}${text('Dose (mg)', '150', 'number')}${text('Billing units', '150', 'number')}${segment('Frequency', FREQ, 'Every 4 weeks')}
      <h3 class="h3">Labs</h3>${text('CRP (mg/L)', '24', 'number')}${text('CRP collection date', ISO_REQUEST['labs.crpDate'], 'date')}
      ${therapyTable()}
      <h3 class="h3">Prescriber</h3>${text('Prescriber NPI', ISO_REQUEST['prescriber.npi'])}<button type="submit" class="btn preset-filled">Submit</button></form></div>${drug.content}`,
    );
    expect(read()).toEqual({ ...ISO_REQUEST, ...ISO_THERAPIES });
    noDuplicatePaths();
  });

  it('reads a closed combobox as its input and nothing from its hidden listbox left at the end of body', () => {
    const c = combobox('Drug name', 'Kineret (anakinra)', DRUGS);
    page(`<form>${c.html}</form>${c.content}`);
    expect(read()).toEqual({ 'drug.name': 'Kineret (anakinra)' });
    nothingFrom('[data-part="positioner"]');
  });

  it('reads an open combobox as its input, not its highlighted options', () => {
    const c = combobox('Drug name', 'Ilaris (canakinumab)', DRUGS, true);
    page(`<form>${c.html}${text('HCPCS code', 'J0638')}</form>${c.content}`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)', 'drug.hcpcs': 'J0638' });
    nothingFrom('[role="listbox"]');
  });

  it('reads the tags as the ICD-10 codes, not the hidden inputs behind them', () => {
    page(`<form>${tagsInput('ICD-10 codes', ['M04.1', 'M06.1'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('[data-part="item-input"]');
  });

  it('reads an empty tags input as empty', () => {
    page(`<form>${tagsInput('ICD-10 codes', [])}</form>`);
    expect(field('diagnosis.codes.0')).toBeDefined();
    expect(read()['diagnosis.codes.0']).toBe('');
  });

  it('reads the segmented control as its checked segment', () => {
    page(`<form>${segment('Frequency', FREQ, 'Once')}</form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Once' });
  });

  it('reads the table of therapy inputs under its column headers', () => {
    page(`<form>${therapyTable()}</form>`);
    expect(read()).toEqual(ISO_THERAPIES);
    noDuplicatePaths();
  });
});
