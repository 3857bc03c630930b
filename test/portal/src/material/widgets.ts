import { announce, container, h, nextId, ng } from './dom';

/**
 * Angular Material (v17–19, MDC-based) widgets as vanilla DOM, modelled on the library's
 * templates and host bindings (angular/components @19.0.0):
 * - `<mat-form-field>`: src/material/form-field/form-field.html, form-field.ts (host classes),
 *   directives/floating-label.ts; appearance "fill" (the default since v15).
 * - `matInput`: src/material/input/input.ts (host: id, classes, aria-invalid/required).
 * - `<mat-select>`: src/material/select/select.html + select.ts (host bindings, keyboard:
 *   `_handleClosedKeydown`/`_handleOpenKeydown`, `_getTriggerAriaLabelledby`,
 *   `_getPanelAriaLabelledby`, `_getAriaActiveDescendant`); `<mat-option>`:
 *   src/material/core/option/option.html + option.ts; the panel in a CDK overlay
 *   (src/cdk/overlay: `.cdk-overlay-container` at the end of `<body>`, backdrop, bounding box, pane).
 * - `<mat-chip-grid>` / `<mat-chip-row>` / `[matChipRemove]` / `[matChipInputFor]`:
 *   src/material/chips/chip-grid.ts, chip-set.ts (role only when not empty), chip-row.html,
 *   chip-row.ts, chip-action.ts, chip-icons.ts, chip-input.ts (`_keydown`, `_emitChipEnd`, `clear()`).
 *
 * Values flow like Angular's forms: a control calls its `onChange` (the ControlValueAccessor
 * callback) from its own event handlers; nothing else writes the model.
 */

export interface FormField {
  host: HTMLElement;
  labelId: string;
  /** where the control goes (`.mat-mdc-form-field-infix`) */
  infix: HTMLElement;
  /** the overlay origin of a select (`.mat-mdc-text-field-wrapper`) */
  wrapper: HTMLElement;
  hintId: string | null;
  setFloating(floating: boolean): void;
  setFocused(focused: boolean): void;
}

interface FieldOptions {
  label: string;
  /** mat-mdc-form-field-type-… */
  type: 'mat-input' | 'mat-select' | 'mat-chip-grid';
  /** the id the label's `for` names (`_control.id`) */
  controlId: string;
  hint?: string;
  /** `<span matTextSuffix>` */
  suffix?: string;
  className?: string;
}

export function formField(opts: FieldOptions): FormField {
  const labelId = nextId('mat-mdc-form-field-label-');
  const label = h(
    'label',
    { matformfieldfloatinglabel: '', class: 'mdc-floating-label mat-mdc-floating-label', id: labelId, for: opts.controlId },
    ng('mat-label', {}, opts.label),
    container(),
  );
  const infix = h('div', { class: 'mat-mdc-form-field-infix' }, label);
  const flex = h('div', { class: 'mat-mdc-form-field-flex' }, infix);
  if (opts.suffix) {
    flex.append(h('div', { class: 'mat-mdc-form-field-text-suffix' }, ng('span', { mattextsuffix: '' }, opts.suffix)));
  }
  const wrapper = h(
    'div',
    { class: 'mat-mdc-text-field-wrapper mdc-text-field mdc-text-field--filled' },
    h('div', { class: 'mat-mdc-form-field-focus-overlay' }),
    flex,
    h('div', { matformfieldlineripple: '', class: 'mdc-line-ripple' }),
  );
  let hintId: string | null = null;
  const hintWrapper = h('div', { class: 'mat-mdc-form-field-hint-wrapper' });
  if (opts.hint) {
    hintId = nextId('mat-mdc-hint-');
    hintWrapper.append(ng('mat-hint', { class: 'mat-mdc-form-field-hint mat-mdc-form-field-bottom-align', id: hintId }, opts.hint));
  }
  hintWrapper.append(h('div', { class: 'mat-mdc-form-field-hint-spacer' }));
  const subscript = h('div', { class: 'mat-mdc-form-field-subscript-wrapper mat-mdc-form-field-bottom-align' }, hintWrapper);
  const host = ng(
    'mat-form-field',
    {
      class: `mat-mdc-form-field mat-mdc-form-field-type-${opts.type} mat-form-field-appearance-fill mat-form-field-hide-placeholder mat-primary${opts.className ? ` ${opts.className}` : ''}`,
    },
    wrapper,
    subscript,
  );
  return {
    host,
    labelId,
    infix,
    wrapper,
    hintId,
    setFloating(floating) {
      label.classList.toggle('mdc-floating-label--float-above', floating);
      host.classList.toggle('mat-form-field-hide-placeholder', !floating);
    },
    setFocused(focused) {
      host.classList.toggle('mat-focused', focused);
      wrapper.classList.toggle('mdc-text-field--focused', focused);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// matInput

export interface InputOptions {
  label: string;
  value: string;
  onChange(value: string): void;
  hint?: string;
  suffix?: string;
  placeholder?: string;
  inputmode?: string;
  /** Cigna's Angular SPA marks some hosts with `data-test` */
  dataTest?: string;
  className?: string;
}

export function matInput(opts: InputOptions): HTMLElement {
  const id = nextId('mat-input-');
  const field = formField({
    label: opts.label,
    type: 'mat-input',
    controlId: id,
    hint: opts.hint,
    suffix: opts.suffix,
    className: opts.className,
  });
  const input = ng('input', {
    matinput: '',
    type: 'text',
    class: 'mat-mdc-input-element ng-untouched ng-pristine ng-valid mat-mdc-form-field-input-control mdc-text-field__input',
    id,
    placeholder: opts.placeholder,
    inputmode: opts.inputmode,
    'data-test': opts.dataTest,
    'aria-describedby': field.hintId,
    'aria-invalid': 'false',
    'aria-required': 'false',
  });
  // writeValue: Angular's DefaultValueAccessor sets the property
  input.value = opts.value;
  field.infix.append(input);
  const float = () => field.setFloating(input.value !== '' || document.activeElement === input);
  float();
  // DefaultValueAccessor: `(input)` → onChange(el.value); `(blur)` → touched
  input.addEventListener('input', () => {
    input.classList.replace('ng-pristine', 'ng-dirty');
    opts.onChange(input.value);
    float();
  });
  input.addEventListener('focus', () => {
    field.setFocused(true);
    float();
  });
  input.addEventListener('blur', () => {
    input.classList.replace('ng-untouched', 'ng-touched');
    field.setFocused(false);
    float();
  });
  return field.host;
}

// ---------------------------------------------------------------------------------------------
// CDK overlay

let overlayContainer: HTMLElement | null = null;

/** `OverlayContainer`: created on first use, kept at the end of `<body>` afterwards. */
function overlayHost(): HTMLElement {
  if (!overlayContainer || !overlayContainer.isConnected) {
    overlayContainer = h('div', { class: 'cdk-overlay-container' });
    document.body.append(overlayContainer);
  }
  return overlayContainer;
}

interface OpenOverlay {
  detach(): void;
}

function attachOverlay(origin: HTMLElement, content: HTMLElement, onBackdropClick: () => void): OpenOverlay {
  const root = overlayHost();
  const backdrop = h('div', { class: 'cdk-overlay-backdrop cdk-overlay-transparent-backdrop cdk-overlay-backdrop-showing' });
  const paneId = nextId('cdk-overlay-');
  const pane = h('div', { id: paneId, class: 'cdk-overlay-pane mat-mdc-select-panel-above' }, content);
  const box = h('div', { class: 'cdk-overlay-connected-position-bounding-box', dir: 'ltr' }, pane);
  const r = origin.getBoundingClientRect();
  pane.classList.remove('mat-mdc-select-panel-above');
  Object.assign(pane.style, { position: 'absolute', top: `${r.bottom}px`, left: `${r.left}px`, width: `${r.width}px` });
  root.append(backdrop, box);
  backdrop.addEventListener('click', onBackdropClick);
  return {
    detach() {
      backdrop.remove();
      box.remove();
    },
  };
}

// ---------------------------------------------------------------------------------------------
// mat-select

export interface SelectOptions {
  label: string;
  options: { value: string; text: string }[];
  value: string | null;
  onChange(value: string): void;
  placeholder?: string;
  dataTest?: string;
  className?: string;
}

interface OptionRef {
  value: string;
  text: string;
  el: HTMLElement;
}

export function matSelect(opts: SelectOptions): HTMLElement {
  const id = nextId('mat-select-');
  const valueId = nextId('mat-select-value-');
  const field = formField({ label: opts.label, type: 'mat-select', controlId: id, className: opts.className });
  let value: string | null = opts.value;
  let panelOpen = false;
  let overlay: OpenOverlay | null = null;
  let active = -1;

  const valueBox = h('div', { class: 'mat-mdc-select-value', id: valueId });
  const trigger = h(
    'div',
    { 'cdk-overlay-origin': '', class: 'mat-mdc-select-trigger' },
    valueBox,
    h('div', { class: 'mat-mdc-select-arrow-wrapper' }, h('div', { class: 'mat-mdc-select-arrow' }, svgArrow())),
  );
  const host = ng(
    'mat-select',
    {
      role: 'combobox',
      'aria-haspopup': 'listbox',
      class: 'mat-mdc-select ng-untouched ng-pristine ng-valid',
      id,
      tabindex: '0',
      'aria-expanded': 'false',
      'aria-labelledby': `${field.labelId} ${valueId}`,
      'aria-required': 'false',
      'aria-disabled': 'false',
      'aria-invalid': 'false',
      'data-test': opts.dataTest,
    },
    trigger,
    container(),
  );
  field.infix.append(host);

  // content children: created with the select, projected into the panel while it is open
  const options: OptionRef[] = opts.options.map((o) => {
    const el = ng(
      'mat-option',
      {
        role: 'option',
        class: 'mat-mdc-option mdc-list-item',
        id: nextId('mat-option-'),
        'aria-selected': 'false',
        'aria-disabled': 'false',
      },
      h('span', { class: 'mdc-list-item__primary-text' }, o.text),
      container(),
      h('div', { class: 'mat-mdc-option-ripple mat-focus-indicator', 'aria-hidden': 'true', 'mat-ripple': '' }),
    );
    return { ...o, el };
  });
  const panel = h('div', {
    role: 'listbox',
    tabindex: '-1',
    class: 'mat-mdc-select-panel mdc-menu-surface mdc-menu-surface--open mat-primary',
    id: `${id}-panel`,
    'aria-multiselectable': 'false',
    'aria-labelledby': field.labelId,
  });
  panel.append(...options.map((o) => o.el));

  const selectedIndex = () => options.findIndex((o) => o.value === value);

  function renderValue(): void {
    const empty = selectedIndex() === -1;
    valueBox.replaceChildren(
      empty
        ? h('span', { class: 'mat-mdc-select-placeholder mat-mdc-select-min-line' }, opts.placeholder ?? '')
        : h(
            'span',
            { class: 'mat-mdc-select-value-text' },
            h('span', { class: 'mat-mdc-select-min-line' }, options[selectedIndex()]!.text),
          ),
      container(),
    );
    host.classList.toggle('mat-mdc-select-empty', empty);
    field.setFloating(!empty || panelOpen || document.activeElement === host);
    options.forEach((o, i) => {
      const selected = i === selectedIndex();
      o.el.setAttribute('aria-selected', String(selected));
      o.el.classList.toggle('mdc-list-item--selected', selected);
      o.el.querySelector('mat-pseudo-checkbox')?.remove();
      if (selected) {
        o.el.querySelector('.mdc-list-item__primary-text')!.after(
          h('mat-pseudo-checkbox', {
            class: 'mat-mdc-option-pseudo-checkbox mat-pseudo-checkbox mat-pseudo-checkbox-checked mat-pseudo-checkbox-minimal',
            state: 'checked',
            'aria-hidden': 'true',
            appearance: 'minimal',
          }),
        );
      }
    });
  }

  function setActive(i: number): void {
    active = i;
    options.forEach((o, j) => o.el.classList.toggle('mat-mdc-option-active', j === i));
    if (panelOpen && options[i]) host.setAttribute('aria-activedescendant', options[i].el.id);
    else host.removeAttribute('aria-activedescendant');
    options[i]?.el.scrollIntoView({ block: 'nearest' });
  }

  /** `_onSelect` → `_propagateChanges` → the ControlValueAccessor's onChange */
  function choose(i: number): void {
    const o = options[i];
    if (!o) return;
    if (o.value !== value) {
      value = o.value;
      host.classList.replace('ng-pristine', 'ng-dirty');
      renderValue();
      opts.onChange(o.value);
    }
  }

  function open(): void {
    if (panelOpen) return;
    panelOpen = true;
    overlay = attachOverlay(field.wrapper, panel, close);
    host.setAttribute('aria-expanded', 'true');
    host.setAttribute('aria-controls', `${id}-panel`);
    host.classList.add('mat-select-open');
    setActive(selectedIndex() === -1 ? 0 : selectedIndex());
    field.setFloating(true);
  }

  function close(): void {
    if (!panelOpen) return;
    panelOpen = false;
    overlay?.detach();
    overlay = null;
    host.setAttribute('aria-expanded', 'false');
    host.removeAttribute('aria-controls');
    host.removeAttribute('aria-activedescendant');
    host.classList.remove('mat-select-open');
    host.classList.replace('ng-untouched', 'ng-touched');
    options.forEach((o) => o.el.classList.remove('mat-mdc-option-active'));
    renderValue();
  }

  // option (click) → _selectViaInteraction; the select closes and takes focus back
  options.forEach((o, i) =>
    o.el.addEventListener('click', () => {
      choose(i);
      close();
      host.focus();
    }),
  );
  trigger.addEventListener('click', () => open());
  // form field (click) → _control.onContainerClick: focus, then open
  field.wrapper.addEventListener('click', (event) => {
    if (event.target instanceof Node && !trigger.contains(event.target)) {
      host.focus();
      open();
    }
  });
  host.addEventListener('focus', () => {
    field.setFocused(true);
    renderValue();
  });
  host.addEventListener('blur', () => {
    field.setFocused(false);
    if (!panelOpen) {
      host.classList.replace('ng-untouched', 'ng-touched');
      renderValue();
    }
  });

  let typed = '';
  let typedTimer: ReturnType<typeof setTimeout> | undefined;
  /** the key manager's typeahead: letters move to the first option starting with them */
  function typeahead(key: string): number {
    typed += key.toLowerCase();
    clearTimeout(typedTimer);
    typedTimer = setTimeout(() => (typed = ''), 200);
    return options.findIndex((o) => o.text.toLowerCase().startsWith(typed));
  }

  host.addEventListener('keydown', (event) => {
    const arrow = ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight'].includes(event.key);
    const modifier = event.altKey || event.ctrlKey || event.metaKey || event.shiftKey;
    if (!panelOpen) {
      if (((event.key === 'Enter' || event.key === ' ') && !modifier && typed === '') || (event.altKey && arrow)) {
        event.preventDefault(); // no page scroll on Space
        open();
        return;
      }
      // closed single select: the key manager moves the selection itself, and it is announced
      let next = -1;
      const current = selectedIndex();
      if (event.key === 'ArrowDown' || event.key === 'ArrowRight') next = Math.min(current + 1, options.length - 1);
      else if (event.key === 'ArrowUp' || event.key === 'ArrowLeft') next = current === -1 ? 0 : Math.max(current - 1, 0);
      else if (event.key === 'Home') next = 0;
      else if (event.key === 'End') next = options.length - 1;
      else if (event.key.length === 1 && !modifier) next = typeahead(event.key);
      if (next !== -1) {
        event.preventDefault();
        if (next !== current) {
          choose(next);
          announce(options[next]!.text);
        }
      }
      return;
    }
    // open
    if (event.altKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault();
      close();
    } else if ((event.key === 'Enter' || event.key === ' ') && typed === '' && active !== -1 && !modifier) {
      event.preventDefault();
      choose(active);
      close();
      host.focus();
    } else if (event.key === 'Escape' && !modifier) {
      // the overlay's keydown (OverlayKeyboardDispatcher) → close
      event.preventDefault();
      close();
    } else if (event.key === 'Tab') {
      close();
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive(Math.min(active + 1, options.length - 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(Math.max(active - 1, 0));
    } else if (event.key === 'Home' || event.key === 'PageUp') {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' || event.key === 'PageDown') {
      event.preventDefault();
      setActive(options.length - 1);
    } else if (event.key.length === 1 && !modifier) {
      const i = typeahead(event.key);
      if (i !== -1) setActive(i);
    }
  });

  renderValue();
  /** the form is torn down while the panel is open: the overlay goes with it */
  (host as HTMLElement & { _destroy?: () => void })._destroy = close;
  return field.host;
}

function svgArrow(): SVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  for (const [k, v] of Object.entries({ viewBox: '0 0 24 24', width: '24px', height: '24px', focusable: 'false', 'aria-hidden': 'true' }))
    svg.setAttribute(k, v);
  const path = document.createElementNS('http://www.w3.org/2000/svg', 'path');
  path.setAttribute('d', 'M7 10l5 5 5-5z');
  svg.append(path);
  return svg;
}

// ---------------------------------------------------------------------------------------------
// mat-chip-grid + mat-chip-row + matChipInputFor

export interface ChipGridOptions {
  label: string;
  /** the grid's own aria-label (the docs' examples give one) */
  ariaLabel: string;
  values: readonly string[];
  placeholder?: string;
  /** (matChipInputTokenEnd): the app pushes the trimmed value and clears the input */
  onAdd(value: string): void;
  /** (removed) of a chip row */
  onRemove(value: string): void;
  dataTest?: string;
}

export interface ChipGrid {
  host: HTMLElement;
  /** re-renders the rows for the app's new list (`@for (code of codes; track code)`) */
  update(values: readonly string[]): void;
}

export function matChipGrid(opts: ChipGridOptions): ChipGrid {
  const inputId = nextId('mat-mdc-chip-list-input-');
  const field = formField({ label: opts.label, type: 'mat-chip-grid', controlId: inputId });
  const chips = h('div', { role: 'presentation', class: 'mdc-evolution-chip-set__chips' });
  const grid = ng(
    'mat-chip-grid',
    {
      class: 'mat-mdc-chip-set mat-mdc-chip-grid mdc-evolution-chip-set ng-untouched ng-pristine ng-valid',
      'aria-label': opts.ariaLabel,
      'aria-disabled': 'false',
      'aria-invalid': 'false',
      'data-test': opts.dataTest,
    },
    chips,
  );
  const input = ng('input', {
    class: 'mat-mdc-chip-input mat-mdc-input-element mdc-text-field__input mat-input-element mat-mdc-form-field-input-control',
    id: inputId,
    placeholder: opts.placeholder,
  });
  const rows = new Map<string, { row: HTMLElement; primary: HTMLElement }>();
  const end = container();
  chips.append(end, input);
  field.infix.append(grid);

  let values: readonly string[] = [];

  function chipRow(value: string): { row: HTMLElement; primary: HTMLElement } {
    const chipId = nextId('mat-mdc-chip-');
    const descriptionId = `${chipId}-aria-description`;
    const primary = h(
      'span',
      {
        class:
          'mdc-evolution-chip__cell mdc-evolution-chip__cell--primary mdc-evolution-chip__action mat-mdc-chip-action mdc-evolution-chip__action--primary',
        role: 'gridcell',
        matchipaction: '',
        tabindex: '-1',
        'aria-disabled': 'false',
        'aria-describedby': descriptionId,
      },
      container(),
      h(
        'span',
        { class: 'mdc-evolution-chip__text-label mat-mdc-chip-action-label' },
        value,
        h('span', { class: 'mat-mdc-chip-primary-focus-indicator mat-focus-indicator', 'aria-hidden': 'true' }),
      ),
    );
    const remove = ng(
      'button',
      {
        matchipremove: '',
        'aria-label': `remove ${value}`,
        class:
          'mat-mdc-chip-remove mat-mdc-chip-trailing-icon mat-focus-indicator mdc-evolution-chip__icon mdc-evolution-chip__icon--trailing mdc-evolution-chip__action mat-mdc-chip-action mdc-evolution-chip__action--trailing',
        role: 'button',
        type: 'button',
        tabindex: '-1',
        'aria-disabled': 'false',
      },
      // a font ligature: the icon's text is the word "cancel"
      ng(
        'mat-icon',
        {
          role: 'img',
          class: 'mat-icon notranslate material-icons mat-ligature-font mat-icon-no-color',
          'aria-hidden': 'true',
          'data-mat-icon-type': 'font',
        },
        'cancel',
      ),
    );
    const row = ng(
      'mat-chip-row',
      {
        class:
          'mat-mdc-chip mat-mdc-chip-row mdc-evolution-chip mat-mdc-chip-with-trailing-icon mdc-evolution-chip--with-trailing-action mat-mdc-standard-chip mat-primary',
        id: chipId,
        tabindex: '-1',
        role: 'row',
      },
      h('span', { class: 'mat-mdc-chip-focus-overlay' }),
      primary,
      h('span', { class: 'mdc-evolution-chip__cell mdc-evolution-chip__cell--trailing', role: 'gridcell' }, remove),
      h('span', { class: 'cdk-visually-hidden', id: descriptionId }),
    );
    // MatChipRemove._handleClick → chip.remove() → (removed)
    remove.addEventListener('click', (event) => {
      event.preventDefault();
      event.stopPropagation();
      removeChip(value);
    });
    // MatChip._handleKeydown: Backspace (not repeated) or Delete removes the focused chip
    row.addEventListener('keydown', (event) => {
      if ((event.key === 'Backspace' && !event.repeat) || event.key === 'Delete') {
        event.preventDefault();
        removeChip(value);
      } else if (event.key === 'ArrowLeft' || event.key === 'ArrowRight') {
        event.preventDefault();
        const i = values.indexOf(value) + (event.key === 'ArrowLeft' ? -1 : 1);
        if (values[i] !== undefined) rows.get(values[i])?.primary.focus();
        else if (i >= values.length) input.focus();
      }
    });
    // _handleFocus: focus goes to the primary action
    row.addEventListener('focus', () => primary.focus());
    return { row, primary };
  }

  function removeChip(value: string): void {
    const i = values.indexOf(value);
    const hadFocus = rows.get(value)?.row.contains(document.activeElement) ?? false;
    opts.onRemove(value);
    // the chip set keeps focus in the grid: the chip now at that index, else the input
    if (hadFocus) {
      const next = values[Math.min(i, values.length - 1)];
      if (next !== undefined) rows.get(next)?.primary.focus();
      else input.focus();
    }
  }

  function update(next: readonly string[]): void {
    values = [...next];
    for (const [value, r] of rows) {
      if (!values.includes(value)) {
        r.row.remove();
        rows.delete(value);
      }
    }
    for (const value of values) {
      let r = rows.get(value);
      if (!r) {
        r = chipRow(value);
        rows.set(value, r);
      }
      end.before(r.row); // keeps the order of the list
    }
    // chip-set host: role only when there are chips; tabindex -1 when empty
    if (values.length > 0) grid.setAttribute('role', 'grid');
    else grid.removeAttribute('role');
    grid.setAttribute('tabindex', values.length > 0 ? '0' : '-1');
    field.setFloating(values.length > 0 || input.value !== '' || grid.contains(document.activeElement));
  }

  // MatChipInput._keydown: Backspace in an empty input focuses the last chip; a separator key
  // (Enter, comma) emits chipEnd and is swallowed
  input.addEventListener('keydown', (event) => {
    if (input.value === '' && event.key === 'Backspace') {
      if (!event.repeat) {
        const last = values[values.length - 1];
        if (last !== undefined) rows.get(last)?.primary.focus();
      }
      event.preventDefault();
    } else if (
      (event.key === 'Enter' || event.key === ',') &&
      !event.repeat &&
      !(event.altKey || event.ctrlKey || event.metaKey || event.shiftKey)
    ) {
      event.preventDefault();
      const value = input.value.trim();
      if (value) opts.onAdd(value);
      // the app's add(): event.chipInput.clear() sets the value property, no event
      input.value = '';
    }
  });
  grid.addEventListener('focusin', () => {
    field.setFocused(true);
    field.setFloating(true);
  });
  grid.addEventListener('focusout', (event) => {
    if (event.relatedTarget instanceof Node && grid.contains(event.relatedTarget)) return;
    field.setFocused(false);
    field.setFloating(values.length > 0 || input.value !== '');
  });
  // clicking the form field focuses the input (onContainerClick)
  field.wrapper.addEventListener('click', (event) => {
    if (event.target === field.wrapper || event.target === field.infix || event.target === grid || event.target === chips) input.focus();
  });

  update(opts.values);
  return { host: field.host, update };
}
