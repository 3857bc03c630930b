import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Wagtail 6/7 admin, a snippet's edit view (wagtail/wagtail at c2ae43b9:
 * wagtail/admin/templates/wagtailadmin/{shared/panel.html, shared/formatted_field.html,
 * panels/object_list.html, panels/tabbed_interface.html, shared/tabs/tab_nav_link.html,
 * panels/multi_field_panel_child.html, panels/inline_panel.html, panels/inline_panel_child.html,
 * panels/read_only_output.html, widgets/chooser.html, widgets/date_input.html, widgets/tag_widget.html,
 * shared/dropdown/dropdown.html, shared/side_panels.html}, wagtail/admin/panels/{field_panel.py,
 * inline_panel.py, base.py (render_missing_fields: DELETE/ORDER/id as hidden inputs)},
 * client/src/components/{InlinePanel/index.js (a deleted child: class `deleted`, hidden by jQuery,
 * its DELETE input "1"), StreamField/blocks/{BaseSequenceBlock.js (a child's hidden inputs, a deleted
 * child hidden + aria-hidden), CollapsiblePanel.ts, StructBlock.ts, FieldBlock.js}, Minimap/*}):
 * - Each top-level FieldPanel is a `section.w-panel` whose `h2.w-panel__heading--label` holds
 *   `label[for=id_x][id=id_x-label]`; the field (show_label=False) is `div.w-field__wrapper >
 *   div.w-field.w-field--<field>.w-field--<widget>[data-field] > .w-field__errors, .w-field__help,
 *   .w-field__input > the widget`. Dates are AdminDateInput text boxes (WAGTAIL_DATE_FORMAT
 *   "%m/%d/%Y", as a US site sets it); ICD-10 codes a tag field drawn by jQuery tag-it.
 * - Tabs: `section.w-tabs__panel[role=tabpanel]`; the ones not selected keep `hidden`.
 * - A collapsed panel (client/src/includes/panels.ts) keeps its content with `hidden="until-found"`.
 * - The drug is a snippet chooser: `div.chooser` showing `div.chooser__title`, the pk in a hidden input.
 */

const icon = (name: string, cls = '') =>
  `<svg class="icon icon-${name}${cls ? ` ${cls}` : ''}" aria-hidden="true"><use href="#icon-${name}"></use></svg>`;

/** formatted_field.html (show_label False) around a rendered widget */
const fieldBox = (prefix: string, classes: string, widget: string, o: { help?: string; error?: string } = {}) =>
  `<div class="w-field__wrapper " id="${prefix}-wrapper"><div class="w-field ${classes}${o.error ? ' w-field--error' : ''} w-field--commentable" data-field data-contentpath="${prefix.replace(/^panel-child-[a-z]+-/, '')}"><div class="w-field__errors" data-field-errors id="${prefix}-errors">${o.error ? `${icon('warning', 'w-field__errors-icon')}<p class="error-message">${o.error} </p>` : ''}</div><div class="w-field__help" id="${prefix}-helptext" data-field-help>${o.help ? `<div class="help">${o.help}</div>` : ''}</div><div class="w-field__input" data-field-input>${widget}<button class="w-field__comment-button w-field__comment-button--add" type="button" data-component="add-comment-button" data-comment-add aria-label="Add comment">${icon('comment-add')}${icon('comment-add-reversed')}</button></div></div></div>`;

/** panel.html around one top-level child of an ObjectList */
const panel = (
  tab: string,
  name: string,
  heading: string,
  body: string,
  o: { forId?: string; required?: boolean; nested?: boolean } = {},
) => {
  const p = `panel-child-${tab}-${name}`;
  const text = `<span data-panel-heading-text>${heading}</span>${o.required ? '<span class="w-required-mark" data-panel-required>*</span>' : ''}`;
  return `<section class="w-panel${o.nested ? ' w-panel--nested' : ''}" id="${p}-section" aria-labelledby="${p}-heading" data-panel><div class="w-panel__header"><a class="w-panel__anchor w-panel__anchor--prefix" href="#${p}-section" data-panel-anchor aria-labelledby="${p}-heading">${icon('link', 'w-panel__icon')}</a><button class="w-panel__toggle" type="button" aria-label="Toggle section" aria-describedby="${p}-heading" data-panel-toggle aria-controls="${p}-content" aria-expanded="true">${icon('placeholder', 'w-panel__icon')}</button><h2 class="w-panel__heading w-panel__heading--label" id="${p}-heading" data-panel-heading>${o.forId ? `<label for="${o.forId}" id="${o.forId}-label">${text}</label>` : text}</h2><a class="w-panel__anchor w-panel__anchor--suffix" href="#${p}-section" aria-labelledby="${p}-heading">${icon('link', 'w-panel__icon')}</a><div class="w-panel__divider"></div></div><div id="${p}-content" class="w-panel__content">${body}</div></section>`;
};

type F = { help?: string; error?: string; required?: boolean };
const input = (name: string, type: string, value: string, extra = '') =>
  `<input type="${type}" name="${name}" value="${value}"${extra} id="id_${name}">`;
/** a top-level FieldPanel of a text / number / date box */
const top = (tab: string, name: string, label: string, kind: 'text' | 'number' | 'date', value: string, o: F = {}) => {
  const p = `panel-child-${tab}-${name}`;
  const described = [o.help ? `${p}-helptext` : '', o.error ? `${p}-errors` : ''].filter(Boolean).join(' ');
  const aria = `${o.error ? ' aria-invalid="true"' : ''}${described ? ` aria-describedby="${described}"` : ''}`;
  const w =
    kind === 'date'
      ? `${input(name, 'text', value, `${aria} autocomplete="off"`)}<script>initDateChooser("id_${name}", {"dayOfWeekStart": 0, "format": "m/d/Y"});</script>`
      : kind === 'number'
        ? input(name, 'number', value, `${aria} step="any"${o.required ? ' required' : ''}`)
        : input(name, 'text', value, `${aria} maxlength="64"${o.required ? ' required' : ''}`);
  const cls = {
    text: 'w-field--char_field w-field--text_input',
    number: 'w-field--decimal_field w-field--number_input',
    date: 'w-field--date_field w-field--admin_date_input',
  }[kind];
  return panel(tab, name, label, fieldBox(p, cls, w, o), { forId: `id_${name}`, required: o.required });
};

const selectPanel = (tab: string, name: string, label: string, value: string, options: string[]) =>
  panel(
    tab,
    name,
    label,
    fieldBox(
      `panel-child-${tab}-${name}`,
      'w-field--typed_choice_field w-field--select',
      `<select name="${name}" id="id_${name}"><option value="">---------</option>${options.map((v) => `<option value="${v}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
    ),
    { forId: `id_${name}` },
  );

/** a snippet chooser showing the chosen drug's title; the pk in the hidden input */
const chooser = (tab: string, name: string, label: string, title: string, pk: string) =>
  panel(
    tab,
    name,
    label,
    fieldBox(
      `panel-child-${tab}-${name}`,
      'w-field--model_choice_field w-field--admin_snippet_chooser',
      `<div id="id_${name}-chooser" class="chooser snippet-chooser ${title ? '' : 'blank'}" data-chooser-url="/admin/snippets/choose/formulary/drug/"><div class="chosen"><div class="chooser__preview" role="presentation">${icon('snippet', 'default')}</div><div class="chooser__title" data-chooser-title id="id_${name}-title">${title}</div><div data-controller="w-dropdown" class="w-dropdown" data-w-dropdown-hide-on-click-value="true"><button type="button" class="w-dropdown__toggle w-dropdown__toggle--icon" data-w-dropdown-target="toggle" aria-label="Actions" aria-describedby="id_${name}-title" aria-expanded="false">${icon('dots-horizontal', 'w-dropdown__toggle-icon')}</button></div></div><div class="unchosen"><button type="button" data-chooser-action-choose class="button button-small button-secondary chooser__choose-button">${icon('plus-inverse')}Choose drug</button></div></div><input type="hidden" name="${name}" value="${pk}" id="id_${name}">`,
    ),
    { forId: `id_${name}` },
  );

/** jQuery tag-it over the tag field's text box (hidden by tag-it) */
const tags = (tab: string, name: string, label: string, values: string[]) =>
  panel(
    tab,
    name,
    label,
    fieldBox(
      `panel-child-${tab}-${name}`,
      'w-field--tag_field w-field--admin_tag_widget',
      `<input type="text" name="${name}" value="${values.join(', ')}" data-controller="w-tag" data-w-tag-options-value="{&quot;allowSpaces&quot;: true, &quot;tagLimit&quot;: null}" data-w-tag-url-value="/admin/tag-autocomplete/" id="id_${name}" style="display: none;"><ul class="tagit ui-widget ui-widget-content ui-corner-all">${values
        .map(
          (v) =>
            `<li class="tagit-choice ui-widget-content ui-state-default ui-corner-all tagit-choice-editable"><span class="tagit-label">${v}</span><a class="tagit-close"><span class="text-icon">×</span><span class="ui-icon ui-icon-close"></span></a></li>`,
        )
        .join(
          '',
        )}<li class="tagit-new"><input type="text" class="ui-widget-content ui-autocomplete-input" autocomplete="off"></li></ul><p class="help">Multi-word tags with spaces will automatically be enclosed in double quotes (").</p>`,
    ),
    { forId: `id_${name}` },
  );

const therapyKeys = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const therapyLabels = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' };
/** one InlinePanel child (MultiFieldPanel of its fields + the formset's hidden inputs) */
const inlineChild = (i: number, values: Record<(typeof therapyKeys)[number], string>, o: { deleted?: boolean; count?: number } = {}) => {
  const pre = `prior_therapies-${i}`;
  const fields = therapyKeys
    .map((k) => {
      const id = `id_${pre}-${k}`;
      const date = k === 'start' || k === 'stop';
      return `<div class="w-panel__wrapper"><label class="w-field__label" for="${id}" id="${id}-label">${therapyLabels[k]}</label>${fieldBox(
        `panel-child-content-prior_therapies-${i}-child-${k}`,
        date ? 'w-field--date_field w-field--admin_date_input' : 'w-field--char_field w-field--text_input',
        `<input type="text" name="${pre}-${k}" value="${values[k]}"${date ? ' autocomplete="off"' : ' maxlength="128"'} id="${id}">`,
      )}</div>`;
    })
    .join('');
  const hidden = `<input type="hidden" name="${pre}-id" value="${40 + i}" id="id_${pre}-id"><input type="hidden" name="${pre}-ORDER" value="${i + 1}" id="id_${pre}-ORDER"><input type="hidden" name="${pre}-DELETE"${o.deleted ? ' value="1"' : ''} id="id_${pre}-DELETE">`;
  const p = `inline_child_${pre}-panel`;
  return `<div data-inline-panel-child id="inline_child_${pre}" data-contentpath-disabled${o.deleted ? ' class="deleted" style="display: none;"' : ''}><section class="w-panel" id="${p}-section" aria-labelledby="${p}-heading" data-panel><div class="w-panel__header"><a class="w-panel__anchor w-panel__anchor--prefix" href="#${p}-section" data-panel-anchor aria-labelledby="${p}-heading">${icon('link', 'w-panel__icon')}</a><button class="w-panel__toggle" type="button" aria-label="Toggle section" aria-describedby="${p}-heading" data-panel-toggle aria-controls="${p}-content" aria-expanded="true">${icon('placeholder', 'w-panel__icon')}</button><h2 class="w-panel__heading w-panel__heading--label" aria-level="3" id="${p}-heading" data-panel-heading><span data-panel-heading-text>Prior therapy<span data-inline-panel-child-count>${o.count ? ` ${o.count}` : ''}</span></span></h2><a class="w-panel__anchor w-panel__anchor--suffix" href="#${p}-section" aria-labelledby="${p}-heading">${icon('link', 'w-panel__icon')}</a><div class="w-panel__divider"></div><div class="w-panel__controls" data-panel-controls><button type="button" class="button button--icon text-replace white" data-inline-panel-child-move-up title="Move up">${icon('arrow-up')}</button><button type="button" class="button button--icon text-replace white" data-inline-panel-child-move-down title="Move down">${icon('arrow-down')}</button><button type="button" class="button button--icon text-replace white" id="id_${pre}-DELETE-button" title="Delete">${icon('bin')}</button></div></div><div id="${p}-content" class="w-panel__content">${fields}${hidden}</div></section></div>`;
};
const therapyValues = (i: 0 | 1) =>
  Object.fromEntries(therapyKeys.map((k) => [k, THERAPIES[`priorTherapies.${i}.${k}`]])) as Record<(typeof therapyKeys)[number], string>;
const METHOTREXATE = { drug: 'methotrexate', dose: '15 mg weekly', start: '03/01/2025', stop: '12/15/2025', outcome: 'Hepatotoxicity' };

/** the InlinePanel: management form, children, the empty form's <template>, the Add button */
const inline = (children: string, total: number) =>
  panel(
    'content',
    'prior_therapies',
    'Prior therapies',
    `<input type="hidden" name="prior_therapies-TOTAL_FORMS" value="${total}" id="id_prior_therapies-TOTAL_FORMS"><input type="hidden" name="prior_therapies-INITIAL_FORMS" value="${total}" id="id_prior_therapies-INITIAL_FORMS"><input type="hidden" name="prior_therapies-MIN_NUM_FORMS" value="0" id="id_prior_therapies-MIN_NUM_FORMS"><input type="hidden" name="prior_therapies-MAX_NUM_FORMS" value="1000" id="id_prior_therapies-MAX_NUM_FORMS"><div id="id_prior_therapies-FORMS">${children}</div><template id="id_prior_therapies-EMPTY_FORM_TEMPLATE">${inlineChild(99, { drug: '', dose: '', start: '', stop: '', outcome: '' }).replace(/prior_therapies-99/g, 'prior_therapies-__prefix__')}</template><div class="w-mb-4 -w-ml-4"><button type="button" class="button button-small button-secondary chooser__choose-button" id="id_prior_therapies-ADD">${icon('plus-inverse')}Add prior therapy</button></div>`,
    { nested: true },
  );

/** a StreamField child (BaseSequenceBlock) holding a "CRP result" StructBlock */
const crpBlock = (i: number, value: string, date: string, o: { deleted?: boolean; collapsed?: boolean } = {}) => {
  const pre = `labs-${i}`;
  const child = (name: string, label: string, cls: string, w: string) =>
    `<div data-contentpath="${name}"><label class="w-field__label" for="${pre}-value-${name}">${label}</label><div class="w-field__wrapper" data-field-wrapper><div class="w-field ${cls}" data-field><div class="w-field__errors" id="${pre}-value-${name}-errors" data-field-errors>${icon('warning', 'w-field__errors-icon').replace('aria-hidden="true"', 'aria-hidden="true" hidden')}</div><div class="w-field__help" id="${pre}-value-${name}-helptext" data-field-help></div><div class="w-field__input" data-field-input><div data-streamfield-widget>${w}</div></div></div></div></div>`;
  return `<div data-streamfield-child data-contentpath="b${i}c7"${o.deleted ? ' style="display: none;" aria-hidden="true"' : ''}><input type="hidden" name="${pre}-deleted" value="${o.deleted ? '1' : ''}"><input type="hidden" name="${pre}-order" value="${i}"><input type="hidden" name="${pre}-type" value="crp"><input type="hidden" name="${pre}-id" value="b${i}c7"><section class="w-panel w-panel--nested${o.collapsed ? ' collapsed' : ''}" id="block-b${i}c7-section" aria-labelledby="block-b${i}c7-heading" data-panel><div class="w-panel__header"><a class="w-panel__anchor w-panel__anchor--prefix" href="#block-b${i}c7-section" aria-labelledby="block-b${i}c7-heading" data-panel-anchor>${icon('link', 'w-panel__icon')}</a><button class="w-panel__toggle" type="button" aria-label="Toggle section" aria-describedby="block-b${i}c7-heading" data-panel-toggle aria-controls="block-b${i}c7-content" aria-expanded="${!o.collapsed}">${icon('form', 'w-panel__icon')}</button><h2 class="w-panel__heading w-panel__heading--label" aria-level="3" id="block-b${i}c7-heading" data-panel-heading><span class="c-sf-block__type">CRP result</span><span data-panel-heading-text class="c-sf-block__title">${value}</span></h2><a class="w-panel__anchor w-panel__anchor--suffix" href="#block-b${i}c7-section" aria-labelledby="block-b${i}c7-heading">${icon('link', 'w-panel__icon')}</a><div class="w-panel__divider"></div><div class="w-panel__controls" data-panel-controls><button type="button" class="button button--icon text-replace white" title="Move up">${icon('arrow-up')}</button><button type="button" class="button button--icon text-replace white" title="Duplicate">${icon('copy')}</button><button type="button" class="button button--icon text-replace white" title="Delete">${icon('bin')}</button></div></div><div id="block-b${i}c7-content" class="w-panel__content"${o.collapsed ? ' hidden="until-found"' : ''}><div class="struct-block">${child('value', 'CRP (mg/L)', 'w-field--decimal_field w-field--number_input', `<input type="number" name="${pre}-value-value" value="${value}" step="any" id="${pre}-value-value">`)}${child('date', 'Collection date', 'w-field--date_field w-field--admin_date_input', `<input type="text" name="${pre}-value-date" value="${date}" autocomplete="off" id="${pre}-value-date">`)}</div></div></section></div>`;
};
const stream = (children: string, count: number) =>
  panel(
    'content',
    'labs',
    'Lab results',
    fieldBox(
      'panel-child-content-labs',
      'w-field--block_field w-field--block_widget',
      `<div class="c-sf-container"><input type="hidden" name="labs-count" data-streamfield-stream-count value="${count}"><div data-streamfield-stream-container>${children}<button type="button" title="Insert a block" class="c-sf-add-button">${icon('plus')}</button></div></div>`,
    ),
    { forId: 'labs-count' },
  );

const minimap = (items: string[]) =>
  `<aside aria-label="Minimap" data-minimap-container><div><div class="w-minimap"><div class="w-minimap__header"><button id="w-minimap-toggle" type="button" aria-expanded="false" class="w-minimap__toggle" aria-label="Toggle side panel" data-controller="w-kbd" data-w-kbd-key-value="]">${icon('expand-right')}</button></div><ol class="w-minimap__list">${items
    .map(
      (t) =>
        `<li><a href="#panel-child-content-${t.toLowerCase().replace(/\W+/g, '_')}-section" class="w-minimap-item w-minimap-item--label " aria-current="false" tabindex="-1" aria-describedby="w-minimap-toggle">${icon('minus', 'w-minimap-item__placeholder')}${icon('placeholder', 'w-minimap-item__icon')}<span class="w-minimap-item__label"><span class="w-minimap-item__text">${t}</span></span></a></li>`,
    )
    .join('')}</ol><div class="w-minimap__footer"></div></div></div></aside>`;

const sidePanels = `<aside class="form-side form-side--initial" aria-label="Side panels" data-form-side><button type="button" class="form-side__close-button" data-form-side-close-button aria-label="Toggle side panel">${icon('expand-right')}</button><div class="form-side__resize-grip-container"><label class="form-side__resize-grip" data-form-side-resize-grip><input type="range" step="10" dir="ltr" class="form-side__width-input" name="wagtail-side-panel-width" data-form-side-width-input><span class="w-sr-only">Side panel width</span><div class="form-side__resize-grip-icon"></div></label></div><div class="form-side__panel" data-side-panel="status"><h2 id="side-panel-status-title" class="w-sr-only">Status</h2><div class="w-divide-y w-divide-border-furniture w-py-6 w-pl-2 lg:w-pl-8"><div class="w-pt-5 w-space-y-1"><div class="w-label-3"><strong>Prior auth request</strong></div><div class="w-help-text">Draft saved Nov. 3, 2026</div></div></div></div></aside>`;

const tabbed = (content: string, prescriber: string) =>
  `<div class="w-tabs" data-controller="w-tabs"><div class="w-tabs__wrapper"><div role="tablist" class="w-tabs__list"><a id="tab-label-content" href="#tab-content" class="w-tabs__tab " role="tab" aria-selected="true" tabindex="0" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger">Request<div class="w-tabs__errors" data-controller="w-count"><span aria-hidden="true" data-w-count-target="total"></span><span class="w-sr-only">(<span data-w-count-target="label"></span>)</span></div></a><a id="tab-label-prescriber" href="#tab-prescriber" class="w-tabs__tab " role="tab" aria-selected="false" tabindex="-1" data-action="w-tabs#select:prevent" data-w-tabs-target="trigger">Prescriber<div class="w-tabs__errors" data-controller="w-count"><span aria-hidden="true" data-w-count-target="total"></span><span class="w-sr-only">(<span data-w-count-target="label"></span>)</span></div></a></div></div><div class="tab-content"><section id="tab-content" class="w-tabs__panel " role="tabpanel" aria-labelledby="tab-label-content" data-w-tabs-target="panel"><div class="w-form-width">${content}</div></section><section id="tab-prescriber" class="w-tabs__panel " role="tabpanel" aria-labelledby="tab-label-prescriber" hidden data-w-tabs-target="panel"><div class="w-form-width">${prescriber}</div></section></div></div>`;

const editView = (content: string, prescriber: string, tail = '') =>
  `<div class="wrapper"><main class="content-wrapper w-overflow-x-hidden" id="main"><div class="content"><header class="w-header w-header--merged"><div class="w-header__title"><h1 class="w-header__title" id="header-title">${icon('form', 'w-header__glyph')}Request #68</h1></div></header>${minimap(['Member ID', 'Date of birth', 'Weight (kg)', 'ICD-10 codes', 'Drug', 'Prior therapies'])}<form action="/admin/snippets/requests/priorauthrequest/edit/68/" method="POST" novalidate enctype="multipart/form-data" data-edit-form><input type="hidden" name="csrfmiddlewaretoken" value="Xq3tY0c2">${tabbed(content, prescriber)}<footer class="footer"><nav class="actions actions--primary footer__container" aria-label="Actions"><button type="submit" class="button action-save button-longrunning">Save draft</button></nav></footer></form>${sidePanels}</div></main></div>${tail}`;

const C = 'content';
const member = `${top(C, 'member_id', 'Member ID', 'text', ILARIS['patient.memberId'], { required: true })}${top(C, 'date_of_birth', 'Date of birth', 'date', ILARIS['patient.dob'])}${top(C, 'weight_kg', 'Weight (kg)', 'number', ILARIS['patient.weight'])}`;
const medication = `${chooser(C, 'drug', 'Drug', ILARIS['drug.name'], '12')}${top(C, 'hcpcs', 'HCPCS code', 'text', ILARIS['drug.hcpcs'])}${top(C, 'ndc', 'NDC', 'text', ILARIS['drug.ndc'])}${top(C, 'dose_mg', 'Dose (mg)', 'number', ILARIS['drug.dose'])}${top(C, 'billing_units', 'Billing units', 'number', ILARIS['drug.units'])}${selectPanel(C, 'frequency', 'Frequency', 'Every 4 weeks', ['Every 4 weeks', 'Every 8 weeks', 'Once'])}`;
const codes = tags(C, 'icd10_codes', 'ICD-10 codes', ['M04.1', 'M06.1']);
const npi = top('prescriber', 'prescriber_npi', 'Prescriber NPI', 'text', ILARIS['prescriber.npi'], { required: true, help: '10 digits' });
const FULL = { ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' };

describe('Wagtail admin: field panels, tabs, InlinePanel, StreamField, chooser, tags, minimap and side panels', () => {
  // misread: drug.name and diagnosis.codes.0 missing: the chooser's chosen title is read by no field (its
  // hidden pk input is none), and the tag-it chips go unread (see the two tests below)
  it.fails('reads the full Ilaris request, the NPI from the tab not shown', () => {
    page(
      editView(
        `${member}${codes}${medication}${stream(crpBlock(0, '24', ILARIS['labs.crpDate']), 1)}${inline(`${inlineChild(0, therapyValues(0), { count: 1 })}${inlineChild(1, therapyValues(1), { count: 2 })}`, 2)}`,
        npi,
      ),
    );
    expect(read()).toEqual(FULL);
    noDuplicatePaths();
  });

  // misread: drug.name missing: the chooser shows the chosen snippet's title in `div.chooser__title`
  // beside a hidden input holding its pk ("12"); the label's `for` names that hidden input, so no field
  it.fails('reads the chosen drug by the chooser title, not the hidden pk', () => {
    page(editView(`${member}${medication}`, npi));
    expect(read()['drug.name']).toBe(ILARIS['drug.name']);
  });

  // misread: diagnosis.codes.0 missing: the original box (inline display: none) holding "M04.1, M06.1"
  // is skipped, and tag-it's new-tag input reads empty with no label (only its section), so the
  // `li.tagit-choice` chips (remove control `a.tagit-close`) are no chip list to the reader
  it.fails('reads the tag-it chips as the ICD-10 codes once, nothing from the new-tag box', () => {
    page(editView(`${member}${codes}`, npi));
    expect(read()['diagnosis.codes.0']).toBe('M04.1, M06.1');
    noDuplicatePaths();
  });

  // misread: WRONG VALUE: the deleted child is skipped, but the therapies are numbered by their formset
  // index (`prior_therapies-1-drug`, `-2-`), not by their place among the children shown ("Prior therapy
  // 1", "2"): priorTherapies.1 reads colchicine, anakinra lands at priorTherapies.2, .0 is missing
  it.fails('takes no therapy from an InlinePanel child deleted and hidden (DELETE = 1), nor from the empty form template', () => {
    page(
      editView(
        `${member}${inline(`${inlineChild(0, METHOTREXATE, { deleted: true })}${inlineChild(1, therapyValues(0), { count: 1 })}${inlineChild(2, therapyValues(1), { count: 2 })}`, 3)}`,
        npi,
      ),
    );
    expect(read()).toMatchObject(THERAPIES);
    nothingFrom('[data-inline-panel-child].deleted');
    noDuplicatePaths();
  });

  it('takes no CRP from a StreamField block deleted and hidden, reads the one shown', () => {
    page(
      editView(
        `${member}${stream(`${crpBlock(0, '31', '09/01/2026', { deleted: true })}${crpBlock(1, '24', ILARIS['labs.crpDate'])}`, 2)}`,
        npi,
      ),
    );
    expect(read()).toMatchObject({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
    nothingFrom('[data-streamfield-child][aria-hidden="true"]');
  });

  it('names each field by its panel heading label, not by the minimap items, help text or error', () => {
    page(
      editView(
        `${top(C, 'member_id', 'Member ID', 'text', '', { required: true, error: 'This field is required.' })}${top(C, 'date_of_birth', 'Date of birth', 'date', ILARIS['patient.dob'], { help: 'MM/DD/YYYY' })}`,
        npi,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'patient.dob': ILARIS['patient.dob'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
    nothingFrom('[data-minimap-container]');
    nothingFrom('[data-form-side]');
  });

  // misread: prescriber.npi missing: a read-only FieldPanel's `div.w-field__textoutput[role=textbox]
  // [aria-readonly=true]` (labelled by the heading's label) is not collected as a field
  it.fails('reads a read-only panel (role=textbox, aria-readonly) as its shown value', () => {
    const ro = panel(
      'prescriber',
      'prescriber_npi',
      'Prescriber NPI',
      fieldBox(
        'panel-child-prescriber-prescriber_npi',
        '',
        `<div class="w-field__textoutput" role="textbox" tabindex="0" aria-labelledby="id_prescriber_npi-label" aria-readonly="true">\n    ${ILARIS['prescriber.npi']}\n</div>`,
      ),
      { forId: 'id_prescriber_npi' },
    );
    page(editView(member, ro));
    expect(read()).toMatchObject({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });
  // misread: drug.ndc is claimed (empty) by the NDC box of the chooser modal's "Create" tab, a hidden
  // tab panel of a snippet creation form inside the open modal; the page's own boxes are still read
  it.fails('reads the page, nothing from the open chooser modal (its GET search, its results table, its hidden creation form)', () => {
    const row = (pk: string, name: string, hcpcs: string) =>
      `<tr><td class="title"><div class="title-wrapper"><a data-chooser-modal-choice href="/admin/snippets/choose/formulary/drug/chosen/${pk}/">${name}</a></div></td><td>${hcpcs}</td><td><div class="human-readable-date" title="Oct. 1, 2026, 9:12 a.m.">1 month ago</div></td></tr>`;
    const createField = (name: string, label: string) =>
      `<li><div class="w-field__wrapper "><label class="w-field__label" for="id_${name}" id="id_${name}-label">${label}<span class="w-required-mark">*</span></label><div class="w-field w-field--char_field w-field--text_input" data-field><div class="w-field__errors" data-field-errors></div><div class="w-field__help" data-field-help></div><div class="w-field__input" data-field-input><input type="text" name="${name}" maxlength="255" required id="id_${name}"></div></div></div></li>`;
    const modal = `<div class="modal fade in" tabindex="-1" role="dialog" aria-hidden="false" style="display: block;"><div class="modal-dialog"><div class="modal-content"><button type="button" class="button close button--icon text-replace" data-dismiss="modal">${icon('cross')}Close</button><div class="modal-body"><header class="w-header w-header--merged"><div class="w-header__title"><h1 class="w-header__title" id="header-title">${icon('snippet', 'w-header__glyph')}Choose drug</h1></div></header><div class="w-tabs" data-controller="w-tabs" data-w-tabs-use-location-value="false"><div class="w-tabs__wrapper w-overflow-hidden"><div role="tablist" class="w-tabs__list w-w-full"><a id="tab-label-search" href="#tab-search" class="w-tabs__tab " role="tab" aria-selected="true" tabindex="0">Search</a><a id="tab-label-create" href="#tab-create" class="w-tabs__tab " role="tab" aria-selected="false" tabindex="-1">Create</a></div></div><div class="tab-content"><section id="tab-search" class="w-tabs__panel" role="tabpanel" aria-labelledby="tab-label-search" data-w-tabs-target="panel"><form data-chooser-modal-search action="/admin/snippets/choose/formulary/drug/results/" method="GET" novalidate><ul class="fields"><li><div class="w-field__wrapper "><label class="w-field__label" for="id_q" id="id_q-label">Search term</label><div class="w-field w-field--char_field w-field--text_input" data-field><div class="w-field__errors" data-field-errors></div><div class="w-field__help" data-field-help></div><div class="w-field__input" data-field-input><input type="text" name="q" value="kin" placeholder="Search" data-w-swap-target="input" id="id_q"></div></div></div></li></ul></form><div id="search-results" class="listing"><h2 role="alert">There are 2 matches</h2><table class="listing"><thead><tr><th class="title">Name</th><th>HCPCS code</th><th>Updated</th></tr></thead><tbody>${row('12', 'Ilaris (canakinumab)', 'J0638')}${row('14', 'Kineret (anakinra)', 'J3590')}</tbody></table></div></section><section id="tab-create" class="w-tabs__panel" role="tabpanel" aria-labelledby="tab-label-create" hidden data-w-tabs-target="panel"><form action="/admin/snippets/choose/formulary/drug/create/" method="POST" novalidate><input type="hidden" name="csrfmiddlewaretoken" value="Xq3tY0c2"><ul class="fields">${createField('name', 'Name')}${createField('hcpcs_code', 'HCPCS code')}${createField('ndc', 'NDC')}</ul><button type="submit" class="button">Create</button></form></section></div></div></div></div></div></div><div class="modal-backdrop fade in"></div>`;
    page(editView(`${member}${chooser(C, 'drug', 'Drug', '', '')}${top(C, 'hcpcs', 'HCPCS code', 'text', '')}`, npi, modal));
    expect(read()).toMatchObject({
      'patient.memberId': ILARIS['patient.memberId'],
      'drug.hcpcs': '',
      'prescriber.npi': ILARIS['prescriber.npi'],
    });
    nothingFrom('.modal');
  });
  it('reads a collapsed StreamField block (content hidden until found) in its place', () => {
    page(editView(`${member}${stream(crpBlock(0, '24', ILARIS['labs.crpDate'], { collapsed: true }), 1)}`, npi));
    expect(read()).toMatchObject({ 'labs.crpValue': '24', 'labs.crpDate': ILARIS['labs.crpDate'] });
    noDuplicatePaths();
  });
});
