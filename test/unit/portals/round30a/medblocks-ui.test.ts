import { describe, expect, it } from 'vitest';
import { page, read } from '../read';
import { ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Medblocks UI 0.0.217 (medblocks/medblocks-ui at 0880aa9: src/medblocks/text/input.ts,
 * codedtext/select.ts, codedtext/buttons.ts, codedtext/abstractSearch.ts + search-multiple.ts,
 * datetime/date.ts, quantity/quantity.ts + QuantityLike.ts, boolean/checkbox.ts,
 * repeat/repeatableSimple.ts, form/form.ts) over Shoelace 2.0.0-beta.71 (shoelace-style/shoelace at
 * tag v2.0.0-beta.71: src/components/input, select, dropdown, menu, menu-item, checkbox, button, tag,
 * icon-button). Every mb-* element is a Lit element with an open shadow root (host id reflected:
 * `input`, `select`, `date`, `quantity`, `buttons`, `search`, `checkbox`) holding Shoelace elements
 * with shadow roots of their own:
 * - mb-input: `sl-input#input[label][placeholder][value][autocomplete=off]` + `p.print-only` (the value
 *   or "-", hidden by the element's stylesheet). sl-input: `div.form-control > label.form-control__label
 *   [for=input] > slot[name=label]` (fallback: the label), `input#input.input__control`, help text div.
 * - mb-select: `sl-select#select[placeholder="Please select"][label]` (clearable) of `sl-menu-item
 *   [role=menuitem][aria-checked][checked]` children, then a slot for its mb-options. sl-select's shadow:
 *   label, `sl-dropdown` > `div#input.select__control[role=combobox][aria-haspopup=true]` showing
 *   the chosen item's label or the PLACEHOLDER AS PLAIN TEXT (`select--placeholder-visible` on the
 *   dropdown), clear button, `input.select__hidden-select[aria-hidden=true]` holding "1" when chosen,
 *   and `sl-menu` (role=menu) slotting the items; the dropdown's panel is `hidden` while closed.
 * - mb-quantity: `sl-input#quantity-magnitude[type=number][label]` + unlabelled
 *   `sl-select#quantity-unit[placeholder="Select units"]` of its mb-units, + `p.print-only`.
 * - mb-date: `sl-input#date[type=date]` holding the ISO date (class `placeholder` while empty).
 * - mb-buttons: `div[part=base]` > `label.label` + `div.buttons` of `sl-button#buttons-<label>` (the chosen
 *   one `variant=primary`, others `default`; shadow `button.button[role=button]`), then a visible but
 *   tiny `input[name=input]` (scale 0.025, opacity 0.1) holding the chosen option's CODE.
 * - mb-search-multiple: `mb-dropdown` (an sl-dropdown, kept open) > `sl-input#search[slot=trigger]`
 *   (label set as a property, placeholder "Type to search", a search `sl-icon[slot=prefix]`), its results
 *   `sl-menu` only while a search is typed; then a `div` of removable `sl-tag`s (`span` of the value).
 * - mb-repeatable-simple: the slotted first instance, the others cloned into its shadow root with the
 *   path index replaced, then "Add" and "Delete" sl-buttons.
 */

const shadows = new Map<string, string>();
let n = 0;
/** marks an element for an open shadow root holding `html` (the marker is removed once attached) */
const sh = (html: string) => {
  shadows.set(String(++n), html);
  return ` data-sh="${n}"`;
};
function render(html: string): void {
  page(html);
  const upgrade = (root: ParentNode) => {
    for (const el of Array.from(root.querySelectorAll('[data-sh]'))) {
      const k = el.getAttribute('data-sh')!;
      el.removeAttribute('data-sh');
      el.attachShadow({ mode: 'open' }).innerHTML = shadows.get(k)!;
      upgrade(el.shadowRoot!);
    }
  };
  upgrade(document);
}

const helpText = `<div part="help-text" id="help-text" class="form-control__help-text" aria-hidden="true"><slot name="help-text"></slot></div>`;
const formControl = (label: string, body: string, forInput = true) =>
  `<div part="form-control" class="form-control form-control--medium${label ? ' form-control--has-label' : ''}"><label part="label" class="form-control__label"${forInput ? ' for="input"' : ''} aria-hidden="${label ? 'false' : 'true'}"><slot name="label">${label}</slot></label><div class="form-control__input">${body}</div>${helpText}</div>`;

type In = {
  id: string;
  label: string;
  value: string;
  type?: string;
  placeholder?: string;
  readonly?: boolean;
  extra?: string;
  cls?: string;
};
const slInput = (o: In) =>
  `<sl-input id="${o.id}"${o.cls !== undefined ? ` class="${o.cls}"` : ''} size="medium"${o.label ? ` label="${o.label}"` : ''} type="${o.type ?? 'text'}" placeholder="${o.placeholder ?? ''}" value="${o.value}" autocomplete="off"${o.readonly ? ' readonly=""' : ''}${sh(
    formControl(
      o.label,
      `<div part="base" class="input input--medium input--standard${o.value ? '' : ' input--empty'}"><span part="prefix" class="input__prefix"><slot name="prefix"></slot></span><input part="input" id="input" class="input__control" type="${o.type ?? 'text'}"${o.readonly ? ' readonly=""' : ''} placeholder="${o.placeholder ?? ''}" autocomplete="off" aria-describedby="help-text" aria-invalid="false" value="${o.value}">${
        o.readonly && o.value
          ? '<button part="clear-button" class="input__clear" type="button" tabindex="-1"><slot name="clear-icon"><sl-icon name="x-circle-fill" library="system"></sl-icon></slot></button>'
          : ''
      }<span part="suffix" class="input__suffix"><slot name="suffix"></slot></span></div>`,
    ),
  )}>${o.extra ?? ''}</sl-input>`;

const menuItem = (id: string, label: string, checked: boolean, i: number) =>
  `<sl-menu-item id="${id}" role="menuitem" aria-checked="${checked}" aria-disabled="false" tabindex="${i === 0 ? 0 : -1}"${checked ? ' checked=""' : ''}${sh(
    `<div part="base" class="menu-item${checked ? ' menu-item--checked' : ''}"><span class="menu-item__check"><sl-icon name="check-lg" library="default" aria-hidden="true"></sl-icon></span><span part="prefix" class="menu-item__prefix"><slot name="prefix"></slot></span><span part="label" class="menu-item__label"><slot></slot></span><span part="suffix" class="menu-item__suffix"><slot name="suffix"></slot></span><span class="menu-item__chevron"><sl-icon name="chevron-right" library="default" aria-hidden="true"></sl-icon></span></div>`,
  )}>${label}</sl-menu-item>`;

type Sel = {
  id: string;
  label?: string;
  chosen: string;
  options: string[];
  placeholder: string;
  open?: boolean;
  disabled?: boolean;
  style?: string;
};
const slSelect = (o: Sel) => {
  const shown = o.chosen || o.placeholder;
  const control = `<div part="control" slot="trigger" id="input" class="select__control" role="combobox" aria-describedby="help-text" aria-haspopup="true" aria-expanded="${!!o.open}" aria-controls="menu" tabindex="${o.disabled ? -1 : 0}"><span part="prefix" class="select__prefix"><slot name="prefix"></slot></span><div part="display-label" class="select__label">${shown}</div>${
    o.chosen && !o.disabled
      ? '<button part="clear-button" class="select__clear" tabindex="-1"><slot name="clear-icon"><sl-icon name="x-circle-fill" library="system"></sl-icon></slot></button>'
      : ''
  }<span part="suffix" class="select__suffix"><slot name="suffix"></slot></span><span part="icon" class="select__icon" aria-hidden="true"><sl-icon name="chevron-down" library="system"></sl-icon></span><input class="select__hidden-select" aria-hidden="true" tabindex="-1" value="${o.chosen ? '1' : ''}"></div>`;
  const dropdown = `<sl-dropdown part="base" class="select${o.open ? ' select--open' : ''}${o.chosen ? '' : ' select--empty select--placeholder-visible'} select--clearable select--standard select--medium${o.disabled ? ' select--disabled' : ''}"${o.open ? ' open=""' : ''}${o.disabled ? ' disabled=""' : ''}${sh(
    `<div part="base" id="dropdown" class="dropdown${o.open ? ' dropdown--open' : ''}"><span part="trigger" class="dropdown__trigger"><slot name="trigger"></slot></span><div class="dropdown__positioner"><div part="panel" class="dropdown__panel" aria-hidden="${!o.open}" aria-labelledby="dropdown"${o.open ? '' : ' hidden=""'}><slot></slot></div></div></div>`,
  )}>${control}<sl-menu part="menu" id="menu" class="select__menu" role="menu"${sh('<div part="base" class="menu"><slot></slot></div>')}><slot></slot></sl-menu></sl-dropdown>`;
  return `<sl-select id="${o.id}" size="medium"${o.style ? ` style="${o.style}"` : ''} placeholder="${o.placeholder}"${o.label ? ` label="${o.label}"` : ''}${o.disabled ? ' disabled=""' : ''}${sh(
    formControl(o.label ?? '', dropdown),
  )}>${o.options.map((v, i) => menuItem(`${o.id}-at000${i + 1}`, v, v === o.chosen, i)).join('')}</sl-select>`;
};

const host = (tag: string, id: string, path: string, label: string, shadow: string, light = '') =>
  `<${tag} id="${id}" path="${path}"${label ? ` label="${label}"` : ''}${sh(shadow)}>${light}</${tag}>`;

const mbInput = (path: string, label: string, value: string) =>
  host('mb-input', 'input', path, label, `${slInput({ id: 'input', label, value })}<p class="print-only">${value || '-'}</p>`);
const mbDate = (path: string, label: string, value: string) =>
  host('mb-date', 'date', path, label, slInput({ id: 'date', label, value, type: 'date', cls: value ? '' : 'placeholder' }));
const mbSelect = (path: string, label: string, chosen: string, options: string[], o: { open?: boolean; disabled?: boolean } = {}) =>
  host(
    'mb-select',
    'select',
    path,
    label,
    `${slSelect({ id: 'select', label, chosen, options, placeholder: 'Please select', ...o })}<slot></slot>`,
    options.map((v, i) => `<mb-option value="at000${i + 1}" label="${v}"></mb-option>`).join(''),
  );
const mbQuantity = (path: string, label: string, magnitude: string, unit: string, units: string[]) =>
  host(
    'mb-quantity',
    'quantity',
    path,
    label,
    `${slInput({ id: 'quantity-magnitude', cls: 'margin-xs', label, value: magnitude, type: 'number' })}${slSelect({ id: 'quantity-unit', chosen: unit, options: units, placeholder: 'Select units' }).replace(/quantity-unit-at000(\d)/g, (_, d: string) => `quantity-unit-${units[Number(d) - 1]}" value="${units[Number(d) - 1]}`)}<slot style="display: none"></slot><p class="print-only">${magnitude || '-'}</p>`,
    units.map((u) => `<mb-unit unit="${u}" label="${u}"></mb-unit>`).join(''),
  );
const slButton = (id: string, text: string, variant: string) =>
  `<sl-button id="${id}" size="medium" variant="${variant}"${sh(
    `<button part="base" class="button button--${variant} button--medium button--standard button--has-label" type="button" role="button" aria-disabled="false" tabindex="0"><span part="prefix" class="button__prefix"><slot name="prefix"></slot></span><span part="label" class="button__label"><slot></slot></span><span part="suffix" class="button__suffix"><slot name="suffix"></slot></span></button>`,
  )}>${text} </sl-button>`;
const mbButtons = (path: string, label: string, chosen: string, options: string[]) =>
  host(
    'mb-buttons',
    'buttons',
    path,
    label,
    `<div style="position:relative;z-index:2" part="base"><label part="label" class="label">${label}</label><div class="buttons">${options
      .map((v) => slButton(`buttons-${v}`, v, v === chosen ? 'primary' : 'default'))
      .join(
        '',
      )}</div><input style="transform:scale(0.025);position:absolute;top:40px;opacity:0.1" name="input" value="${chosen ? `at000${options.indexOf(chosen) + 1}` : ''}"></div>`,
    options.map((v, i) => `<mb-option value="at000${i + 1}" label="${v}"></mb-option>`).join(''),
  );
const slTag = (text: string) =>
  `<sl-tag variant="primary" size="medium" removable=""${sh(
    `<span part="base" class="tag tag--primary tag--medium tag--removable"><span part="content" class="tag__content"><slot></slot></span><sl-icon-button part="remove-button" exportparts="base:remove-button__base" name="x" library="system" class="tag__remove"${sh('<button part="base" class="icon-button" type="button"><sl-icon name="x" library="system" aria-hidden="true"></sl-icon></button>')}></sl-icon-button></span>`,
  )}><span>${text}</span></sl-tag>`;
/** mb-search-multiple: its search bar (`search` typed, `results` listed while it is) then its tags */
const mbSearchMultiple = (path: string, label: string, codes: string[], search = '', results: string[] = []) =>
  host(
    'mb-search-multiple',
    'search',
    path,
    label,
    `<mb-dropdown open=""${sh(
      `<div part="base" id="dropdown" class="dropdown dropdown--open"><span part="trigger" class="dropdown__trigger"><slot name="trigger"></slot></span><div class="dropdown__positioner"><div part="panel" class="dropdown__panel" aria-hidden="false" aria-labelledby="dropdown"><slot></slot></div></div></div>`,
    )}>${slInput({ id: 'search', label, value: search, placeholder: 'Type to search', extra: '<sl-icon library="medblocks" name="search" slot="prefix"></sl-icon>' }).replace('<sl-input ', '<sl-input slot="trigger" ')}${
      search
        ? `<sl-menu style="min-width:300px; width:fit-content;" role="menu"${sh('<div part="base" class="menu"><slot></slot></div>')}>${results.map((r, i) => menuItem('', r, false, i)).join('')}<slot name="results"></slot><sl-divider role="separator"></sl-divider>${menuItem('', `<span slot="suffix" style="font-size: small;">Add custom</span>${search}`, false, 1)}</sl-menu>`
        : ''
    }</mb-dropdown><div>${codes.map(slTag).join('')}</div><slot></slot>`,
  );

/** mb-search with a chosen value: its sl-input read-only and clearable, showing the value, no search icon */
const mbSearch = (path: string, label: string, display: string) =>
  host(
    'mb-search',
    'search',
    path,
    label,
    `<mb-dropdown open=""${sh(
      `<div part="base" id="dropdown" class="dropdown dropdown--open"><span part="trigger" class="dropdown__trigger"><slot name="trigger"></slot></span><div class="dropdown__positioner"><div part="panel" class="dropdown__panel" aria-hidden="false" aria-labelledby="dropdown"><slot></slot></div></div></div>`,
    )}>${slInput({ id: 'search', cls: 'pointer', label, value: display, placeholder: 'Type to search', readonly: true }).replace('<sl-input ', '<sl-input slot="trigger" ')}</mb-dropdown><slot></slot>`,
  );
const mbCheckbox = (path: string, label: string, checked: boolean) =>
  `<mb-checkbox id="checkbox" path="${path}" label="${label}"${sh(
    `<sl-checkbox id="checkbox"${checked ? ' checked=""' : ''}${sh(
      `<label part="base" class="checkbox${checked ? ' checkbox--checked' : ''}"><input class="checkbox__input" type="checkbox" aria-checked="${checked}"${checked ? ' checked=""' : ''}><span part="control" class="checkbox__control"></span><span part="label" class="checkbox__label"><slot></slot></span></label>`,
    )}>${label}</sl-checkbox>`,
  )}></mb-checkbox>`;
/** mb-hide: hidden by a :host rule in its own shadow root while `show` is false */
const mbHide = (show: boolean, body: string) =>
  `<mb-hide${show ? ' show=""' : ''}${sh(`<style>:host { display: ${show ? 'block' : 'none'}; }</style><slot></slot>`)}>${body}</mb-hide>`;

const form = (body: string) =>
  `<mb-form${sh('<slot></slot>')}>${body}${host('mb-submit', 'submit', '', '', slButton('', 'Submit', 'primary'))}</mb-form>`;
const h = (t: string) => `<h3>${t}</h3>`;

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQ = ['Every 4 weeks', 'Every 8 weeks', 'Once'];
const P = 'prior_auth.v0/medication';

const request =
  () => `${h('Patient')}${mbInput(`${P}/member_id`, 'Member ID', ISO_REQUEST['patient.memberId'])}${mbDate(`${P}/date_of_birth`, 'Date of birth', ISO_REQUEST['patient.dob'])}${mbQuantity(`${P}/body_weight`, 'Weight', '72', 'kg', ['kg', 'lb'])}
  ${h('Diagnosis')}${mbSearchMultiple(`${P}/diagnosis`, 'ICD-10 codes', ['M04.1', 'M06.1'])}
  ${h('Medication')}${mbSelect(`${P}/drug`, 'Drug name', ISO_REQUEST['drug.name'], DRUGS)}${mbInput(`${P}/hcpcs`, 'HCPCS code', 'J0638')}${mbInput(`${P}/ndc`, 'NDC', ISO_REQUEST['drug.ndc'])}${mbQuantity(`${P}/dose`, 'Dose', '150', 'mg', ['mg', 'mg/kg'])}${mbInput(`${P}/units`, 'Billing units', '150')}${mbButtons(`${P}/frequency`, 'Frequency', 'Every 4 weeks', FREQ)}
  ${h('Labs')}${mbQuantity(`${P}/crp`, 'CRP', '24', 'mg/L', ['mg/L', 'mg/dL'])}${mbDate(`${P}/crp_date`, 'CRP collection date', ISO_REQUEST['labs.crpDate'])}
  ${h('Prescriber')}${mbInput(`${P}/npi`, 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`;

const UNITS = { 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' };

describe('Medblocks UI: mb-* elements over Shoelace beta.71, shadow roots in shadow roots', () => {
  // misread: (see the focused tests) the frequency is read from mb-buttons' hidden code input and the codes' tags are missed
  // misread: WRONG VALUE: drug.frequency reads "at0001", the code in mb-buttons' tiny input named "input"; the codes read "" (the empty search bar, its tags below it missed)
  it.fails('reads the full Ilaris request', () => {
    render(form(request()));
    expect(read()).toEqual({ ...ISO_REQUEST, ...UNITS });
    noDuplicatePaths();
  });

  it('reads mb-inputs through two shadow roots, named by the sl-input label slot, not by the hidden print copy', () => {
    render(form(`${mbInput(`${P}/member_id`, 'Member ID', ISO_REQUEST['patient.memberId'])}${mbInput(`${P}/npi`, 'Prescriber NPI', '')}`));
    expect(read()).toEqual({ 'patient.memberId': ISO_REQUEST['patient.memberId'], 'prescriber.npi': '' });
  });

  it('reads mb-dates as their ISO values, an empty one as empty', () => {
    render(form(`${mbDate(`${P}/dob`, 'Date of birth', ISO_REQUEST['patient.dob'])}${mbDate(`${P}/crp_date`, 'CRP collection date', '')}`));
    expect(read()).toEqual({ 'patient.dob': ISO_REQUEST['patient.dob'], 'labs.crpDate': '' });
  });

  it('reads a closed mb-select as its chosen label and nothing from its hidden menu items', () => {
    render(
      form(
        `${mbSelect(`${P}/drug`, 'Drug name', ISO_REQUEST['drug.name'], DRUGS)}${mbInput(`${P}/npi`, 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
    nothingFrom('sl-menu-item');
  });

  it('reads an empty mb-select as empty, not as its "Please select" placeholder drawn as text', () => {
    render(form(mbSelect(`${P}/drug`, 'Drug name', '', DRUGS)));
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('reads an open mb-select as its chosen label, not an item of its open menu', () => {
    render(
      form(
        `${mbSelect(`${P}/drug`, 'Drug name', ISO_REQUEST['drug.name'], DRUGS, { open: true })}${mbInput(`${P}/hcpcs`, 'HCPCS code', 'J0638')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.hcpcs': 'J0638' });
    nothingFrom('sl-menu-item');
  });

  it('reads a disabled mb-select as its chosen label', () => {
    render(form(mbSelect(`${P}/drug`, 'Drug name', ISO_REQUEST['drug.name'], DRUGS, { disabled: true })));
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'] });
  });

  it('claims nothing from a read-only summary of the last request (variant="text": a bold label and a paragraph)', () => {
    const text = (tag: string, label: string, value: string) =>
      `<${tag} id="${tag.slice(3)}" path="${P}/previous/${label}" label="${label}" variant="text"${sh(`<div><p style="font-weight: 600;">${label}</p><p>${value}</p></div>`)}></${tag}>`;
    render(
      `${h('Last request')}<mb-form${sh('<slot></slot>')}>${text('mb-select', 'Drug name', 'Kineret (anakinra)')}${text('mb-input', 'HCPCS code', 'J3490')}${text('mb-date', 'Date of birth', '1990-01-01')}</mb-form>${form(`${h('New request')}${mbSelect(`${P}/drug`, 'Drug name', '', DRUGS)}${mbInput(`${P}/hcpcs`, 'HCPCS code', 'J0638')}${mbDate(`${P}/dob`, 'Date of birth', ISO_REQUEST['patient.dob'])}`)}`,
    );
    expect(read()).toEqual({ 'drug.name': '', 'drug.hcpcs': 'J0638', 'patient.dob': ISO_REQUEST['patient.dob'] });
  });

  it('reads mb-quantities as magnitude and unit (the unit select names no other field)', () => {
    render(
      form(
        `${mbQuantity(`${P}/body_weight`, 'Weight', '72', 'kg', ['kg', 'lb'])}${mbQuantity(`${P}/crp`, 'CRP', '24', 'mg/L', ['mg/L', 'mg/dL'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': 'kg', 'labs.crpValue': '24', 'labs.crpUnit': 'mg/L' });
  });

  // misread: WRONG VALUE: drug.frequency reads "at0001", the chosen option's code in the tiny input (scale 0.025, opacity 0.1) after the buttons, labelled by the text before it; the primary sl-button is not read as a choice
  it.fails('reads mb-buttons as the chosen button, not the code in its tiny hidden input', () => {
    render(
      form(
        `${mbButtons(`${P}/frequency`, 'Frequency', 'Every 4 weeks', FREQ)}${mbInput(`${P}/npi`, 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 4 weeks', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
  });

  // misread: diagnosis.codes.0 reads "" (the empty sl-input search bar); the removable sl-tags come after the input in a div of their own, not before it as chips
  it.fails('reads mb-search-multiple as its removable tags below the empty search bar', () => {
    render(
      form(
        `${mbSearchMultiple(`${P}/diagnosis`, 'ICD-10 codes', ['M04.1', 'M06.1'])}${mbInput(`${P}/npi`, 'Prescriber NPI', ISO_REQUEST['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1', 'prescriber.npi': ISO_REQUEST['prescriber.npi'] });
  });

  // misread: WRONG VALUE: diagnosis.codes.0 reads "M04", the search still typed into the sl-input (its results menu open), not the tags
  it.fails('reads mb-search-multiple as its tags, not the search typed or its results menu', () => {
    render(form(mbSearchMultiple(`${P}/diagnosis`, 'ICD-10 codes', ['M04.1', 'M06.1'], 'M04', ['M04.1', 'M04.8'])));
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M06.1' });
    nothingFrom('sl-menu');
  });

  // misread: WRONG VALUE: the therapies are swapped (priorTherapies.0 = anakinra): the clone inside mb-repeatable-simple's shadow root is walked before its slotted first instance, which the browser draws first
  it.fails('reads the prior therapies of mb-repeatable-simple, the slotted one and the clone in its shadow root', () => {
    const therapy = (i: 0 | 1) =>
      `<div>${mbInput(`${P}/therapy:${i}/drug`, 'Drug', ISO_THERAPIES[`priorTherapies.${i}.drug`])}${mbInput(`${P}/therapy:${i}/dose`, 'Dose', ISO_THERAPIES[`priorTherapies.${i}.dose`])}${mbDate(`${P}/therapy:${i}/start`, 'Start date', ISO_THERAPIES[`priorTherapies.${i}.start`])}${mbDate(`${P}/therapy:${i}/stop`, 'Stop date', ISO_THERAPIES[`priorTherapies.${i}.stop`])}${mbInput(`${P}/therapy:${i}/outcome`, 'Outcome', ISO_THERAPIES[`priorTherapies.${i}.outcome`])}</div>`;
    render(
      form(
        `${h('Prior therapies')}<mb-repeatable-simple path="${P}/therapy"${sh(`<slot></slot>${therapy(1)}<slot name="add">${slButton('', 'Add', 'default')}</slot><slot name="delete">${slButton('', 'Delete', 'default')}</slot>`)}>${therapy(0)}</mb-repeatable-simple>`,
      ),
    );
    expect(read()).toEqual(ISO_THERAPIES);
  });

  it('reads a chosen mb-search as the value shown in its read-only input', () => {
    render(form(`${mbSearch(`${P}/drug`, 'Drug name', ISO_REQUEST['drug.name'])}${mbInput(`${P}/hcpcs`, 'HCPCS code', 'J0638')}`));
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.hcpcs': 'J0638' });
  });

  // misread: patient.weightUnit is missing (not a wrong value): the unit sl-select showing only its "Select units" placeholder is not mapped, while a chosen one is
  it.fails('reads an mb-quantity with no unit chosen as an empty unit, not its "Select units" placeholder', () => {
    render(form(mbQuantity(`${P}/body_weight`, 'Weight', '72', '', ['kg', 'lb'])));
    expect(read()).toEqual({ 'patient.weight': '72', 'patient.weightUnit': '' });
  });

  it('prefers the shown drug to a stale free-text one inside a closed mb-hide', () => {
    render(
      form(
        `${mbSelect(`${P}/drug`, 'Drug name', ISO_REQUEST['drug.name'], DRUGS)}${mbCheckbox(`${P}/not_listed`, 'Drug not on list', false)}${mbHide(false, mbInput(`${P}/drug_other`, 'Drug name', 'Kineret (anakinra)'))}${mbInput(`${P}/hcpcs`, 'HCPCS code', 'J0638')}`,
      ),
    );
    expect(read()).toEqual({ 'drug.name': ISO_REQUEST['drug.name'], 'drug.hcpcs': 'J0638' });
  });
});
