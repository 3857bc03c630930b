import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, ISO_REQUEST, ISO_THERAPIES, noDuplicatePaths, nothingFrom } from '../round5/request';

/**
 * Django Unfold 0.104.1 (unfoldadmin/django-unfold at e64f568d0761b9e72c46b406a5f32481bdd8b56f) over Django 5.2 admin:
 * src/unfold/templates/admin/includes/fieldset.html, unfold/helpers/{fieldset_row,fieldset_row_field,field,form_label,
 * help_text,inline_heading,field_readonly_value}.html, unfold/widgets/{text,date,select,related_widget_wrapper}.html,
 * admin/edit_inline/{tabular,stacked}.html + unfold/helpers/edit_inline/{tabular_table,tabular_heading,tabular_group,
 * tabular_title,tabular_field,tabular_delete,inline_delete,inline_delete_undo,tabular_footer,stacked_list,stacked_title,
 * stacked_delete}.html, admin/filter.html, unfold/helpers/change_list_filter_vertical.html, contrib/filters (FieldTextFilter,
 * SearchForm, filters_field.html); src/unfold/fields.py (UnfoldAdminField.label_tag: the required `span.text-red-600 *`
 * as label suffix), widgets.py (BASE_CLASSES/INPUT_CLASSES, abbreviated here; UnfoldAdminDateWidget `vDateField`
 * size 10 with Django's DateTimeShortcuts), styles.css (`.empty-form { @apply hidden }`), static/unfold/js/app.js.
 * - a line: `div.form-row.field-row` > `div.field-line.flex…` > `div` holding `label.required[for]` + `div.grow.relative`
 *   (widget, `div.leading-relaxed.mt-2.text-xs` help, `div.mt-2.text-red-600.text-xs > ul.errorlist` errors); a read-only
 *   field: `label` (no for) + `div.readonly`.
 * - select: `div.grow.relative.max-w-2xl > select + span.material-symbols-outlined "expand_more"` (a ligature).
 * - autocomplete_fields: Django's select2 4.0.13 over `select.admin-autocomplete` (as in round27/django-admin) inside
 *   unfold's related widget wrapper (`more_vert` button, its menu a `<template x-teleport>`).
 * - TabularInline: `table#therapies-data.formset` > `thead.hidden.lg:table-header-group` (Tailwind hides it below lg) of
 *   `th.column-<name> > span > span "Drug*"`, then one `tbody.form-group.original` per record: a title row
 *   (`td[colspan]` holding the hidden id and fk inputs), `tr.form-row` of `td.field-<name>.field-tabular` + `td.delete`
 *   (`label` > icon "delete" + `div.hidden > input.delete[type=checkbox]`), `tr.hidden.form-delete` (its undo overlay:
 *   "This item will be deleted." / "Click to cancel", shown while the box is checked); the template
 *   `tbody.form-group.template.empty-form` (`__prefix__` names); `tfoot.form-actions` with the add link.
 * - StackedInline: `div.form-group.original` > `div.form-row` > `h3` (`strong` the record's str, delete label) + a
 *   stacked fieldset; the template `div.form-group.template.empty-form` titled "Prior therapy: #3".
 * - changelist filters: `div#changelist-filter` > `form#filter-form` of FieldTextFilter fields (`label " By member ID "`
 *   + text input) and admin/filter.html link lists (`h3 " By status "` + `ul > li > a`), beside `table#result_list`.
 */

let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent =
    '.empty-form { display: none; } .hidden { display: none; } @media (min-width: 64rem) { .lg\\:table-header-group { display: table-header-group; } }';
  document.head.append(style);
});
afterEach(() => style.remove());

const INPUT =
  'border border-base-200 bg-white font-medium min-w-20 placeholder-base-400 rounded-default shadow-xs text-font-default-light text-sm focus:outline-2 focus:-outline-offset-2 focus:outline-primary-600 group-[.errors]:border-red-600 dark:bg-base-900 dark:border-base-700 px-3 py-2 w-full';
const LABEL = 'block font-semibold mb-2 text-font-important-light text-sm dark:text-font-important-dark';
const req = '<span class="text-red-600 dark:text-red-500">*</span>';
type F = { required?: boolean; help?: string; error?: string };

const text = (name: string, v: string, o: F = {}) =>
  `<div class="max-w-2xl relative w-full"><input type="text" name="${name}" value="${v}" class="${INPUT} max-w-2xl" maxlength="64"${o.required ? ' required' : ''}${o.error ? ' aria-invalid="true"' : ''} id="id_${name}"></div>`;
const num = (name: string, v: string) =>
  `<div class="max-w-2xl relative w-full"><input type="number" name="${name}" value="${v}" step="0.1" class="${INPUT} max-w-2xl" id="id_${name}"></div>`;
let cal = 0;
const date = (name: string, v: string) =>
  `<div class="flex flex-col max-w-2xl min-w-56 relative w-full"><input type="text" name="${name}" value="${v}" class="vDateField ${INPUT} min-w-52" size="10" id="id_${name}"><span class="datetimeshortcuts">&nbsp;<a href="#">Today</a>&nbsp;|&nbsp;<a href="#" id="calendarlink${cal++}"><span class="date-icon" title="Choose a Date"></span></a></span></div>`;
const select = (name: string, options: string[], chosen: string) =>
  `<div class="grow relative max-w-2xl"><select name="${name}" class="${INPUT} pr-8! max-w-2xl appearance-none text-ellipsis" id="id_${name}"><option value=""${chosen ? '' : ' selected'}>---------</option>${options
    .map((t) => `<option value="${t}"${t === chosen ? ' selected' : ''}>${t}</option>`)
    .join(
      '',
    )}</select><span class="material-symbols-outlined absolute group-[.primary]:text-white pointer-events-none mr-[12px] right-0 text-base-400 top-0 top-1/2 -translate-y-1/2">expand_more</span></div>`;
/** autocomplete_fields after select2 drew over the select, in unfold's related widget wrapper */
const autocomplete = (name: string, model: string, chosen: string[], multiple = false) => {
  const selection = multiple
    ? `<span class="select2-selection select2-selection--multiple" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="-1" aria-disabled="false"><ul class="select2-selection__rendered">${chosen
        .map(
          (c) =>
            `<li class="select2-selection__choice" title="${c}"><span class="select2-selection__choice__remove" role="presentation">×</span>${c}</li>`,
        )
        .join(
          '',
        )}<li class="select2-search select2-search--inline"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" autocorrect="off" autocapitalize="none" spellcheck="false" role="searchbox" aria-autocomplete="list" placeholder="" style="width: 0.75em;"></li></ul></span>`
    : `<span class="select2-selection select2-selection--single" role="combobox" aria-haspopup="true" aria-expanded="false" tabindex="0" aria-disabled="false" aria-labelledby="select2-id_${name}-container"><span class="select2-selection__rendered" id="select2-id_${name}-container" role="textbox" aria-readonly="true"${chosen[0] ? ` title="${chosen[0]}"` : ''}>${chosen[0] ?? ''}</span><span class="select2-selection__arrow" role="presentation"><b role="presentation"></b></span></span>`;
  return `<div class="flex-col items-center w-full"><div class="flex flex-row related-widget-wrapper" data-id="related-widget-wrapper-${name}" data-model-ref="${model}"><select name="${name}" id="id_${name}" class="unfold-admin-autocomplete admin-autocomplete select2-hidden-accessible" data-ajax--cache="true" data-ajax--delay="250" data-ajax--type="GET" data-ajax--url="/admin/autocomplete/" data-app-label="pa" data-model-name="parequest" data-field-name="${name}" data-theme="admin-autocomplete" data-allow-clear="true" data-placeholder="" lang="en"${multiple ? ' multiple' : ''} tabindex="-1" aria-hidden="true">${chosen
    .map((c, i) => `<option value="${i + 1}" selected>${c}</option>`)
    .join(
      '',
    )}</select><span class="select2 select2-container select2-container--admin-autocomplete" dir="ltr" style="width: 100%;"><span class="selection">${selection}</span><span class="dropdown-wrapper" aria-hidden="true"></span></span><div x-data="{ openRelatedWidgetWrapper: false }"><div class="bg-white border border-base-200 cursor-pointer flex items-center h-[38px] justify-center ml-2 rounded-default select-none shadow-xs shrink-0 text-base-400 text-sm w-[38px]" x-ref="relatedWidgetWrapper${name}" x-on:click="openRelatedWidgetWrapper = !openRelatedWidgetWrapper"><span class="material-symbols-outlined">more_vert</span></div><template x-teleport="body"><nav id="related-widget-wrapper-${name}" x-show="openRelatedWidgetWrapper"><a class="related-widget-wrapper-link add-related" data-popup="yes" id="add_id_${name}" href="/admin/pa/${model}/add/?_to_field=id&amp;_popup=1" title="Add another ${model}"><span class="material-symbols-outlined -ml-1.5 text-icon">add</span> <span class="grow truncate">Add another ${model}</span></a></nav></template></div></div></div>`;
};
/** select2's open dropdown at the end of body */
const select2Drop = (name: string, all: string[], chosen: string) =>
  `<span class="select2-container select2-container--admin-autocomplete select2-container--open" style="position: absolute; top: 412px; left: 236px;"><span class="select2-dropdown select2-dropdown--below" dir="ltr" style="width: 420px;"><span class="select2-search select2-search--dropdown"><input class="select2-search__field" type="search" tabindex="0" autocomplete="off" role="searchbox" aria-autocomplete="list" aria-controls="select2-id_${name}-results"></span><span class="select2-results"><ul class="select2-results__options" role="listbox" id="select2-id_${name}-results" aria-expanded="true" aria-hidden="false">${all
    .map(
      (t, i) =>
        `<li class="select2-results__option" id="select2-id_${name}-result-k3x9-${i + 1}" role="option" aria-selected="${t === chosen}">${t}</li>`,
    )
    .join('')}</ul></span></span></span>`;

/** one line of a fieldset (one field) */
const line = (name: string, label: string, widget: string, o: F = {}) =>
  `<div class="form-row field-row group/row field-${name}"><div class="field-line flex flex-col grow group group/line px-3 py-2.5 border-b border-base-200 border-dashed lg:flex-row lg:gap-2 ${o.error ? 'errors' : ''}"><div class="lg:min-w-56 lg:w-56 lg:h-[38px] lg:flex lg:items-center lg:self-start lg:leading-[38px] lg:*:m-0"><label class="${LABEL}${o.required ? ' required' : ''}" for="id_${name}">${label}${o.required ? req : ''}</label></div><div class="grow relative">${widget}${o.help ? `<div class="leading-relaxed mt-2 text-xs">${o.help}</div>` : ''}${o.error ? `<div class="mt-2 text-red-600 text-xs dark:text-red-500"><ul class="errorlist" id="id_${name}_error"><li>${o.error}</li></ul></div>` : ''}</div></div></div>`;
const readonly = (name: string, label: string, v: string) =>
  `<div class="form-row field-row group/row field-${name}"><div class="field-line flex flex-col grow group group/line px-3 py-2.5 border-b border-base-200 border-dashed lg:flex-row lg:gap-2"><div class="lg:min-w-56 lg:w-56 lg:h-[38px] lg:flex lg:items-center lg:self-start lg:leading-[38px] lg:*:m-0"><label class="${LABEL} mb-2">${label}</label></div><div class="grow relative"><div class="readonly break-words max-w-2xl *:rounded-default">${v}</div></div></div></div>`;
const fieldset = (title: string, body: string) =>
  `<fieldset class="module relative " x-show="activeTab == 'general'"><h2 class="bg-base-100 flex flex-row font-semibold h-[38px] gap-1 items-center mb-4 px-3 rounded-default text-important">${title}</h2><div class="form-rows aligned border border-base-200 overflow-hidden rounded-default shadow-xs mb-8">${body}</div></fieldset>`;

const KEYS = ['drug', 'dose', 'start', 'stop', 'outcome'] as const;
const HEADS = { drug: 'Drug', dose: 'Dose', start: 'Start date', stop: 'Stop date', outcome: 'Outcome' };
const OUTCOMES = ['Inadequate response', 'Injection-site reactions', 'Intolerance'];
const tv = (i: number, k: (typeof KEYS)[number]) => ISO_THERAPIES[`priorTherapies.${i as 0 | 1}.${k}`];
const widget = (p: string, i: number | null, k: (typeof KEYS)[number]) => {
  const name = `therapies-${p}-${k}`;
  const v = i === null ? '' : tv(i, k);
  return k === 'outcome'
    ? select(name, OUTCOMES, v)
    : k === 'start' || k === 'stop'
      ? date(name, v)
      : text(name, v, { required: k === 'drug' });
};
const hiddenIds = (p: string, id?: number) =>
  `<input type="hidden" name="therapies-${p}-id"${id ? ` value="${id}"` : ''} id="id_therapies-${p}-id"><input type="hidden" name="therapies-${p}-request" value="7" id="id_therapies-${p}-request">`;
const management = (n: number) =>
  `<input type="hidden" name="therapies-TOTAL_FORMS" value="${n}" id="id_therapies-TOTAL_FORMS"><input type="hidden" name="therapies-INITIAL_FORMS" value="2" id="id_therapies-INITIAL_FORMS"><input type="hidden" name="therapies-MIN_NUM_FORMS" value="0" id="id_therapies-MIN_NUM_FORMS"><input type="hidden" name="therapies-MAX_NUM_FORMS" value="1000" id="id_therapies-MAX_NUM_FORMS">`;
const heading =
  '<h2 class="bg-base-100 flex flex-row font-semibold h-[38px] gap-1 items-center mb-4 px-3 rounded-default text-important" id="therapies-heading">Prior therapies</h2>';
const addLink = `<a href="#" class="add-row flex items-center font-medium -ml-1.5 -my-1.5 select-none text-primary-600"><span class="flex items-center justify-center h-[38px] w-[38px]"><span class="material-symbols-outlined bg-primary-600 flex items-center justify-center rounded-full text-base text-white h-[18px] w-[18px]">add</span></span><span>Add another Prior therapy</span></a>`;

/** TabularInline: the saved therapies (`deleted`: the DELETE box of record 0 checked) and the empty-form template */
function tabular(deleted = false): string {
  const group = (p: string, i: number | null) => {
    const original = i !== null;
    const checked = original && deleted && i === 0;
    const cells = KEYS.map(
      (k) =>
        `<td class="min-h-[62.5px] align-middle border-b max-md:border-b border-base-200 lg:group-[.last]/parent:border-b-0 field-${k === 'start' || k === 'stop' ? `${k}_date` : k} group field-tabular ${original ? 'p-3 lg:py-3' : 'py-3'} font-normal px-1.5 first:pl-3 last:pr-3 text-left"><div class="flex flex-row gap-3 items-center"><div class="flex flex-col grow">${widget(p, i, k)}</div></div></td>`,
    ).join('');
    const del = original
      ? `<label class="cursor-pointer flex h-[38px] w-[38px] items-center justify-center rounded-default select-none transition-colors hover:bg-base-50"><span class="material-symbols-outlined md-18 text-red-600 dark:text-red-500">delete</span><div class="hidden"><input type="checkbox" name="therapies-${p}-DELETE" id="id_therapies-${p}-DELETE" class="delete"${checked ? ' checked' : ''}></div></label>`
      : '<div class="cursor-pointer flex h-[38px] w-[38px] items-center justify-center rounded-default select-none transition-colors hover:bg-base-50 delete-template"><span class="material-symbols-outlined md-18 text-red-600 dark:text-red-500">delete</span></div>';
    return `<tbody class="form-group relative group/parent ${i === 1 ? 'last ' : ''}${original ? 'original' : 'template empty-form'}">${original ? `<tr class="border-b border-base-200 bg-base-50 lg:bg-transparent lg:border-0"><td colspan="6">${hiddenIds(p, 41 + i)}</td></tr>` : ''}<tr class="form-row has-[.delete:checked]:[&+.form-delete]:table-row ">${original ? '' : hiddenIds(p)}${cells}<td class="delete pl-3 pr-1.5 pl-0 border-b border-t border-base-200 border-t-0 min-h-[62.5px] ${original ? 'p-3 lg:py-3' : 'py-3'} text-left text-red-600 font-normal px-3 text-sm w-px">${del}</td></tr>${
      original
        ? `<tr class="hidden form-delete"${checked ? ' style="display: table-row;"' : ''}><td colspan="100%"><div class="absolute backdrop-blur-xs border-b border-base shadow-inner flex items-center justify-center gap-1.5 top-0 left-0 w-full h-full bg-white/50 z-50"><span>This item will be deleted.</span><label for="id_therapies-${p}-DELETE" class="cursor-pointer font-medium flex gap-1 items-center text-red-600">Click to cancel <span class="material-symbols-outlined">undo</span></label></div></td></tr>`
        : ''
    }</tbody>`;
  };
  const head = `<thead class="hidden relative lg:table-header-group"><tr>${KEYS.map(
    (k) =>
      `<th class="column-${k}${k === 'drug' ? ' required' : ''} align-middle border-b border-base-200 font-semibold px-1.5 first:pl-3 last:pr-3 py-2 text-left text-font-important-light text-sm whitespace-nowrap"><span class="flex flex-row items-center"><span>${HEADS[k]}${k === 'drug' ? req : ''}</span></span></th>`,
  ).join(
    '',
  )}<th class="align-middle border-b border-base-200 font-semibold px-3 py-2 text-left text-sm whitespace-nowrap lg:w-px"></th></tr></thead>`;
  return `<div id="therapies-group" data-inline-type="tabular" x-show="activeTab == 'general'"><div class="tabular inline-related last-related"><fieldset class="module relative  min-w-0" aria-labelledby="therapies-heading">${heading}<div class="flex flex-col gap-3"><div class="formset-wrapper border border-base-200 overflow-x-auto relative shadow-xs rounded-default scrollbar-default">${management(2)}<table id="therapies-data" class="bg-white dark:bg-base-900 formset group/formset-parent w-full " data-inline-formset="{&quot;name&quot;: &quot;#therapies&quot;, &quot;options&quot;: {&quot;prefix&quot;: &quot;therapies&quot;, &quot;addText&quot;: &quot;Add another Prior therapy&quot;, &quot;deleteText&quot;: &quot;Remove&quot;}}">${head}${group('0', 0)}${group('1', 1)}${group('__prefix__', null)}<tfoot class="form-actions"><tr><td colspan="100%"><div class="px-3 py-3">${addLink}</div></td></tr></tfoot></table></div></div></fieldset></div></div>`;
}

/** StackedInline: each record titled by its str, then the empty-form template */
function stacked(): string {
  const form = (p: string, i: number | null) =>
    `<div x-sort:item class="form-group has-[.delete:checked]:[&>.form-delete]:block relative group/parent ${i !== null ? 'original' : 'template empty-form'}${i === 1 ? ' last' : ''}" id="therapies-${i !== null ? p : 'empty'}"><div class="form-row border-b border-base-200 group-[.last]/parent:border-b-0"><h3 class="group/title border-base-200 flex font-semibold items-center px-3 py-2 text-sm border-b"><span class="flex items-center font-semibold mr-auto text-font-important-light"><strong class="font-semibold select-none">${i !== null ? tv(i, 'drug') : 'Prior therapy: #<span class="stacked-counter">3</span>'}</strong></span><div class="-my-1 -mr-1.5">${
      i !== null
        ? `<label class="cursor-pointer flex h-[38px] w-[38px] items-center justify-center rounded-default select-none"><span class="material-symbols-outlined md-18 text-red-600">delete</span><div class="hidden"><input type="checkbox" name="therapies-${p}-DELETE" id="id_therapies-${p}-DELETE" class="delete"></div></label>`
        : '<div class="cursor-pointer flex h-[38px] w-[38px] items-center justify-center rounded-default select-none delete-template"><span class="material-symbols-outlined md-18 text-red-600">delete</span></div>'
    }</div></h3><fieldset class="module relative border-l border-base-200 ml-3 before:content-[''] before:block before:h-full before:bg-striped before:absolute before:-left-3 before:top-0 before:w-3 "><div class="form-rows aligned">${KEYS.map((k) => line(`therapies-${p}-${k}`, HEADS[k], widget(p, i, k), { required: k === 'drug' })).join('')}</div></fieldset></div>${
      i !== null
        ? `<div class="hidden form-delete"><div class="absolute backdrop-blur-xs flex items-center justify-center gap-1.5 top-0 left-0 w-full h-full bg-white/50 z-50"><span>This item will be deleted.</span><label for="id_therapies-${p}-DELETE" class="cursor-pointer font-medium flex gap-1 items-center text-red-600">Click to cancel <span class="material-symbols-outlined">undo</span></label></div></div>`
        : ''
    }${hiddenIds(p, i !== null ? 41 + i : undefined)}</div>`;
  return `<div id="therapies-group" data-inline-type="stacked" x-show="activeTab == 'general'"><fieldset class="module relative " aria-labelledby="therapies-heading">${heading}<div class="formset-wrapper flex flex-col gap-3">${management(2)}<div class="border border-base-200 overflow-hidden rounded-default shadow-xs w-full"><div id="therapies-data" class="formset group/formset-parent  bg-white dark:bg-base-900" data-inline-formset="{}">${form('0', 0)}${form('1', 1)}${form('__prefix__', null)}<div class="px-3 py-3">${addLink}</div></div></div></div></fieldset></div>`;
}

type Req = { inline?: string; memberReadonly?: boolean; frequency?: string; npiError?: string };
const request = (r: Req = {}) =>
  `${fieldset(
    'Patient',
    `${r.memberReadonly ? readonly('member_id', 'Member ID', ILARIS['patient.memberId']) : line('member_id', 'Member ID', text('member_id', ILARIS['patient.memberId'], { required: true }), { required: true, help: 'As printed on the member card.' })}${line('date_of_birth', 'Date of birth', date('date_of_birth', ISO_REQUEST['patient.dob']), { required: true })}${line('weight_kg', 'Weight (kg)', num('weight_kg', '72'))}`,
  )}${fieldset('Diagnosis', line('diagnoses', 'ICD-10 codes', autocomplete('diagnoses', 'diagnosis', ['M04.1', 'M06.1'], true)))}${fieldset(
    'Medication',
    `${line('drug', 'Drug name', autocomplete('drug', 'drug', [ILARIS['drug.name']]), { required: true })}${line('hcpcs', 'HCPCS code', text('hcpcs', ILARIS['drug.hcpcs']))}${line('ndc', 'NDC', text('ndc', ILARIS['drug.ndc']))}${line('dose_mg', 'Dose (mg)', num('dose_mg', '150'))}${line('billing_units', 'Billing units', num('billing_units', '150'))}${line('frequency', 'Frequency', select('frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], r.frequency ?? 'Every 4 weeks'))}`,
  )}${fieldset('Labs', `${line('crp_mg_l', 'CRP (mg/L)', num('crp_mg_l', '24'))}${line('crp_date', 'CRP collection date', date('crp_date', ISO_REQUEST['labs.crpDate']))}`)}${fieldset(
    'Prescriber',
    line('prescriber_npi', 'Prescriber NPI', text('prescriber_npi', ILARIS['prescriber.npi'], { required: true, error: r.npiError }), {
      required: true,
      error: r.npiError,
    }),
  )}${r.inline ?? tabular()}`;

/** the closed calendarboxes DateTimeShortcuts appends to body */
const calendars = (n: number) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<div class="calendarbox module" id="calendarbox${i}" style="display: none; position: absolute;"><div><a href="#" class="calendarnav-previous">&lt;</a><a href="#" class="calendarnav-next">&gt;</a></div><div id="calendarin${i}" class="calendar"><table><caption>December 2026</caption><tbody><tr><th>S</th><th>M</th></tr><tr><td><a href="#">6</a></td><td><a href="#">7</a></td></tr></tbody></table></div><div class="calendar-shortcuts"><a href="#">Yesterday</a>&nbsp;|&nbsp;<a href="#">Today</a>&nbsp;|&nbsp;<a href="#">Tomorrow</a></div><p class="calendar-cancel"><a href="#">Cancel</a></p></div>`,
  ).join('');
const admin = (body: string, tail = '') =>
  `<div id="page" class="flex min-h-screen" x-data="{ activeTab: 'general' }"><div id="main" class="grow"><div id="header"><nav aria-label="Breadcrumbs"><ul class="flex flex-wrap"><li><a href="/admin/">Home</a></li><li><a href="/admin/pa/parequest/">PA requests</a></li><li>PA request U4829163702</li></ul></nav></div><div id="content" class="container mx-auto colM"><form method="post" id="parequest_form" novalidate><input type="hidden" name="csrfmiddlewaretoken" value="Y5LUsQ0ZV98UcTVj"><div>${body}<div id="submit-row" class="submit-row"><button type="submit" name="_save" class="bg-primary-600 border border-transparent font-medium px-3 py-2 rounded-default text-white">Save</button><button type="submit" name="_continue" class="border border-base-200 font-medium px-3 py-2 rounded-default">Save and continue editing</button></div></div></form></div></div></div>${tail}`;

const WHOLE = { ...ISO_REQUEST, ...ISO_THERAPIES };

describe('Django Unfold 0.104: field lines, autocomplete, tabular and stacked inlines, filters', () => {
  it('reads the full Ilaris request', () => {
    page(admin(request(), calendars(cal)));
    expect(read()).toEqual(WHOLE);
    expect(field('patient.memberId')?.label).toBe('Member ID');
    noDuplicatePaths();
  });

  it('reads the fieldsets drawn as tabs, the tab not chosen (hidden by Alpine) too', () => {
    const tabFieldset = (body: string) =>
      `<fieldset class="module relative  tab" x-show="activeTab == 'general'"><div class="form-rows aligned">${body}</div></fieldset>`;
    const tabs = `<div class="form-rows aligned border border-base-200 overflow-hidden rounded-default shadow-xs mb-8" x-data="{ activeFieldsetTab: 'medication'}" x-show="activeTab == 'general'"><div class="border-b border-base-200"><nav class="flex flex-row items-center"><a x-on:click="activeFieldsetTab = 'medication'" class="active">Medication</a><a x-on:click="activeFieldsetTab = 'labs'">Labs</a></nav></div><div class="tab-wrapper fieldset-medication" x-show="activeFieldsetTab == 'medication'">${tabFieldset(
      `${line('hcpcs', 'HCPCS code', text('hcpcs', ILARIS['drug.hcpcs']))}${line('dose_mg', 'Dose (mg)', num('dose_mg', '150'))}`,
    )}</div><div class="tab-wrapper fieldset-labs" x-show="activeFieldsetTab == 'labs'" style="display: none;">${tabFieldset(
      `${line('crp_mg_l', 'CRP (mg/L)', num('crp_mg_l', '24'))}${line('crp_date', 'CRP collection date', date('crp_date', ISO_REQUEST['labs.crpDate']))}`,
    )}</div></div>`;
    page(admin(tabs, calendars(cal)));
    expect(read()).toEqual({ 'drug.hcpcs': 'J0638', 'drug.dose': '150', 'labs.crpValue': '24', 'labs.crpDate': '2026-11-02' });
  });

  it('reads a select by its chosen text, without the "expand_more" ligature of its icon', () => {
    page(
      admin(
        fieldset(
          'Medication',
          line('frequency', 'Frequency', select('frequency', ['Every 4 weeks', 'Every 8 weeks', 'Once'], 'Every 8 weeks')),
        ),
      ),
    );
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks' });
    expect(field('drug.frequency')?.label).toBe('Frequency');
  });

  it('reads the autocomplete drug once, and nothing from its open select2 dropdown or the related-widget menu', () => {
    page(
      admin(
        fieldset('Medication', line('drug', 'Drug name', autocomplete('drug', 'drug', [ILARIS['drug.name']]), { required: true })),
        select2Drop('drug', ['Ilaris (canakinumab)', 'Kineret (anakinra)'], ILARIS['drug.name']),
      ),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'] });
    nothingFrom('.select2-container--open');
  });

  it('reads the tabular inline rows as therapies under the header Tailwind hides below lg, and nothing from the empty-form template', () => {
    page(admin(tabular()));
    expect(read()).toEqual(ISO_THERAPIES);
    nothingFrom('.empty-form');
    noDuplicatePaths();
  });

  // misread (wrong index, values right): the row marked for deletion is dropped, but the kept anakinra row is read as
  // priorTherapies.1, leaving priorTherapies.0 unread
  it.fails('reads no therapy from a tabular row marked for deletion', () => {
    page(admin(tabular(true)));
    expect(read()).toEqual(Object.fromEntries(KEYS.map((k) => [`priorTherapies.0.${k}`, tv(1, k)])));
  });

  // misread (missing): no priorTherapies at all; each record's fields (Drug*, Dose…) get the record's h3 title
  // ("colchicine", "anakinra") as their section, without the inline's h2 "Prior therapies" above it
  it.fails('reads the stacked inline records as therapies, titled by their str, and nothing from the "#3" template', () => {
    page(admin(request({ inline: stacked() }), calendars(cal)));
    expect(read()).toEqual(WHOLE);
    nothingFrom('.empty-form');
    noDuplicatePaths();
  });

  it('reads a box with its error list by its label, without the error text', () => {
    page(admin(request({ npiError: 'Enter a valid 10-digit NPI.' })));
    expect(read()).toEqual(WHOLE);
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  // misread (missing): the read-only Member ID (`label` with no for, in a div of its own, then `div.readonly` in the
  // next div) is not read; patient.memberId is absent
  it.fails('reads a read-only field drawn as div.readonly', () => {
    page(admin(request({ memberReadonly: true })));
    expect(read()).toEqual(WHOLE);
  });

  it('claims nothing on the changelist from its filter sheet or its results table', () => {
    const filters = `<div id="changelist-filter" class="flex inset-0 z-[1000] fixed shadow-xs" hx-preserve x-show="filterOpen"><div id="changelist-filter-close" class="absolute inset-0 z-10" x-on:click="filterOpen = false"></div><div class="bg-white flex ml-auto m-4 overflow-hidden rounded-default shadow-xs w-80 z-20"><div class="grow h-full overflow-auto relative"><form id="filter-form" method="get" class="flex flex-col h-full outline-none"><div class="flex flex-col grow gap-4 overflow-auto scrollbar-default *:mb-0"><div class="flex flex-col gap-4 px-3 py-2.5 *:mb-0"><div class="form-field flex flex-col group mb-4"><div class="flex gap-2 flex-col"><label for="id_member_id__icontains" class="block font-semibold text-important whitespace-nowrap"> By member ID </label><div class="max-w-2xl relative w-full"><input type="text" name="member_id__icontains" value="U4829163702" class="${INPUT} max-w-2xl" id="id_member_id__icontains"></div></div></div><div class="form-field flex flex-col group mb-4"><div class="flex gap-2 flex-col"><label for="id_prescriber_npi__icontains" class="block font-semibold text-important whitespace-nowrap"> By prescriber NPI </label><div class="max-w-2xl relative w-full"><input type="text" name="prescriber_npi__icontains" value="1234567893" class="${INPUT} max-w-2xl" id="id_prescriber_npi__icontains"></div></div></div><div class="flex gap-2 flex-col"><h3 class="font-semibold text-important"> By status </h3><ul class="border border-base-200 flex rounded-default shadow-xs flex-col"><li class="border-base-200 border-b last:border-b-0 hover:text-base-700"><a href="?" title="All" class="block px-3 py-2 truncate">All</a></li><li class="border-base-200 border-b last:border-b-0 font-semibold text-primary-600"><a href="?status__exact=pending" title="Pending" class="block px-3 py-2 truncate">Pending</a></li></ul></div></div></div><div class="flex flex-row gap-2 px-3 py-3"><button type="submit" class="bg-primary-600 border border-transparent font-medium px-3 py-2 rounded-default text-white">Apply Filters</button></div></form></div></div></div>`;
    const row = (id: number, v: string[]) =>
      `<tr><td class="action-checkbox"><label class="flex flex-row items-center gap-2"><input type="checkbox" name="_selected_action" value="${id}" class="action-select" aria-label="Select this object for an action - ${v[0]}"></label></td>${v.map((x, i) => (i === 0 ? `<th class="field-member_id"><a href="/admin/pa/parequest/${id}/change/">${x}</a></th>` : `<td class="field-c${i}">${x}</td>`)).join('')}</tr>`;
    const results = `<form id="changelist-form" method="post" novalidate><input type="hidden" name="csrfmiddlewaretoken" value="Y5LUsQ0ZV98UcTVj"><div class="results"><table id="result_list" class="w-full"><thead><tr><th scope="col" class="action-checkbox-column"><input type="checkbox" id="action-toggle" aria-label="Select all objects on this page for an action"></th><th scope="col" class="column-member_id">Member ID</th><th scope="col">Drug name</th><th scope="col">HCPCS code</th><th scope="col">Prescriber NPI</th><th scope="col">Status</th></tr></thead><tbody>${row(7, ['U4829163702', 'Ilaris (canakinumab)', 'J0638', '1234567893', 'Pending'])}${row(3, ['U4829163702', 'Kineret (anakinra)', 'J3490', '1234567893', 'Denied'])}</tbody></table></div></form>`;
    page(
      `<div id="page" x-data="{ filterOpen: true }"><div id="main"><div id="content" class="container mx-auto flex"><div id="changelist" class="grow">${results}</div>${filters}</div></div></div>`,
    );
    expect(read()).toEqual({});
  });
});
