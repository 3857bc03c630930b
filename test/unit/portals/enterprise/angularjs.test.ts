import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { field, mapped, page, read, units } from '../read';
import { ILARIS, noDuplicatePaths } from './ilaris';

/**
 * AngularJS 1.x (1.8) with Bootstrap 3 as apps compile it: every `ng-model` control carries the
 * ngModel state classes (`ng-pristine`/`ng-dirty`, `ng-untouched`/`ng-touched`, `ng-valid`,
 * `ng-not-empty`/`ng-empty`, `ng-valid-required`...), `ng-scope` on repeated rows, `<!-- ngRepeat -->`
 * / `<!-- ngIf -->` comments; `.form-horizontal` groups (`label.col-sm-3.control-label[for]` +
 * `div.col-sm-9`), `span.help-block` hints and ngMessages error blocks (`ng-hide` when valid:
 * Angular injects `.ng-hide{display:none!important}` into the head at bootstrap);
 * - ui-select 0.19 (bootstrap theme): `div.ui-select-container.ui-select-bootstrap.dropdown` with
 *   `div.ui-select-match > span.ui-select-toggle` holding `span.ui-select-placeholder` and
 *   `span.ui-select-match-text`, an `input.ui-select-search` (hidden while closed) and an offscreen
 *   `input.ui-select-focusser[role=button]`; multiple: `span.ui-select-match-item` chips, each with a
 *   `span.ui-select-match-close` "×", before `input.ui-select-search[role=combobox]`;
 * - angular-ui-bootstrap 2.5 `uib-datepicker-popup` input in `p.input-group` with a calendar
 *   button in `span.input-group-btn`, and `div[uib-datepicker-popup-wrap]` (an `ngIf` comment while
 *   closed) inserted after it;
 * - `uib-typeahead` input with `aria-autocomplete=list aria-owns=typeahead-…` and its hidden
 *   `ul.dropdown-menu[uib-typeahead-popup][role=listbox]` after it.
 * ui-select markup checked against its bootstrap templates (select.tpl, match.tpl, select-multiple.tpl,
 * match-multiple.tpl as cached in public apps); ui-bootstrap's datepicker and typeahead from memory.
 */

const NG_CSS = '.ng-hide:not(.ng-hide-animate){display:none !important;}';
let style: HTMLStyleElement;
beforeEach(() => {
  style = document.createElement('style');
  style.textContent = NG_CSS;
  document.head.append(style);
});
afterEach(() => style.remove());

const MODEL = 'ng-dirty ng-touched ng-valid ng-not-empty ng-valid-required';

const group = (id: string, label: string, control: string, after = '') =>
  `<div class="form-group ng-scope" ng-class="{'has-error': vm.form.${id}.$invalid && vm.form.${id}.$touched}">
    <label class="col-sm-3 control-label" for="${id}">${label}</label>
    <div class="col-sm-9">${control}${after}</div>
  </div>`;

const ngInput = (id: string, value: string, extra = '') =>
  `<input type="text" class="form-control ${MODEL}" id="${id}" name="${id}" ng-model="vm.request.${id}" required="required" value="${value}"${extra}>`;

const messages = (id: string, msgs: string) =>
  `<div ng-messages="vm.form.${id}.$error" ng-show="vm.form.${id}.$touched" class="help-block ng-inactive ng-hide" role="alert"><!-- ngMessage: required --><div ng-message="required" class="ng-scope">${msgs}</div></div>`;

const addon = (id: string, value: string, unit: string) =>
  `<div class="input-group">${ngInput(id, value, ' ng-pattern="/^\\d+(\\.\\d+)?$/"')}<span class="input-group-addon">${unit}</span></div>`;

let uiSelectSeq = 0;
const uiSelect = (label: string, model: string, shown: string | null, placeholder = 'Select or search…') => {
  const n = uiSelectSeq++;
  return `<div class="form-group">
    <label class="col-sm-3 control-label">${label}</label>
    <div class="col-sm-9">
      <div class="ui-select-container ui-select-bootstrap dropdown ${shown ? 'ng-not-empty' : 'ng-empty'} ng-valid ng-touched" ng-class="{open: $select.open}" ng-model="${model}" theme="bootstrap">
        <div class="ui-select-match" ng-hide="$select.open &amp;&amp; $select.searchEnabled" ng-disabled="$select.disabled" ng-class="{'btn-default-focus':$select.focus}" placeholder="${placeholder}">
          <span tabindex="-1" class="btn btn-default form-control ui-select-toggle" aria-label="Select box activate" ng-disabled="$select.disabled" ng-click="$select.activate()" style="outline: 0;">
            <span ng-show="$select.isEmpty()" class="ui-select-placeholder text-muted ng-binding${shown ? ' ng-hide' : ''}">${placeholder}</span>
            <span ng-hide="$select.isEmpty()" class="ui-select-match-text pull-left${shown ? '' : ' ng-hide'}" ng-class="{'ui-select-allow-clear': $select.allowClear &amp;&amp; !$select.isEmpty()}" ng-transclude=""><span class="ng-binding ng-scope">${shown ?? ''}</span></span>
            <i class="caret pull-right" ng-click="$select.toggle($event)"></i>
            <a ng-show="$select.allowClear &amp;&amp; !$select.isEmpty()" aria-label="Select box clear" style="margin-right: 10px" ng-click="$select.clear($event)" class="btn btn-xs btn-link pull-right ng-hide"><i class="glyphicon glyphicon-remove" aria-hidden="true"></i></a>
          </span>
        </div>
        <input type="text" autocomplete="off" tabindex="-1" aria-expanded="true" aria-label="Select box" aria-owns="ui-select-choices-${n}" class="form-control ui-select-search ng-pristine ng-untouched ng-valid ng-empty ng-hide" ng-class="{ 'ui-select-search-hidden' : !$select.searchEnabled }" placeholder="${placeholder}" ng-model="$select.search" ng-show="$select.open">
        <ul class="ui-select-choices ui-select-choices-content ui-select-dropdown dropdown-menu ng-hide" role="listbox" ng-show="$select.open &amp;&amp; $select.items.length &gt; 0" repeat="o in vm.options"><li class="ui-select-choices-group" id="ui-select-choices-${n}"><div ng-show="$select.isGrouped" class="ui-select-choices-group-label dropdown-header ng-binding ng-hide"></div></li></ul>
        <ui-select-single></ui-select-single>
        <input ng-disabled="$select.disabled" class="ui-select-focusser ui-select-offscreen ng-scope" type="text" id="focusser-${n}" aria-label="Select box focus" aria-haspopup="true" role="button">
      </div>
    </div>
  </div>`;
};

const uiSelectMultiple = (label: string, model: string, chips: string[]) => {
  const n = uiSelectSeq++;
  return `<div class="form-group">
    <label class="col-sm-3 control-label">${label}</label>
    <div class="col-sm-9">
      <div class="ui-select-container ui-select-multiple ui-select-bootstrap dropdown form-control ng-valid ng-not-empty" ng-class="{open: $select.open}" ng-model="${model}" multiple="multiple" theme="bootstrap">
        <div>
          <span class="ui-select-match" placeholder="Select codes…">
            <!-- ngRepeat: $item in $select.selected track by $index -->${chips
              .map(
                (c) => `<span ng-repeat="$item in $select.selected track by $index" class="ng-scope">
              <span class="ui-select-match-item btn btn-default btn-xs" tabindex="-1" type="button" ng-disabled="$select.disabled" ng-click="$selectMultiple.activeMatchIndex = $index;" ng-class="{'btn-primary':$selectMultiple.activeMatchIndex === $index, 'select-locked':$select.isLocked(this, $index)}" ui-select-sort="$select.selected">
                <span class="close ui-select-match-close" ng-hide="$select.disabled" ng-click="$selectMultiple.removeChoice($index)">&nbsp;×</span>
                <span uis-transclude-append=""><span class="ng-binding ng-scope">${c}</span></span>
              </span>
            </span><!-- end ngRepeat: $item in $select.selected track by $index -->`,
              )
              .join('')}
          </span>
          <input type="text" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" class="ui-select-search input-xs ng-pristine ng-untouched ng-valid ng-empty" placeholder="" ng-disabled="$select.disabled" ng-click="$select.activate()" ng-model="$select.search" role="combobox" aria-expanded="false" aria-label="Select box" ondrop="return false;" style="width: 10px;" aria-owns="ui-select-choices-${n}">
        </div>
        <ul class="ui-select-choices ui-select-choices-content ui-select-dropdown dropdown-menu ng-hide" role="listbox" ng-show="$select.open &amp;&amp; $select.items.length &gt; 0"><li class="ui-select-choices-group" id="ui-select-choices-${n}"></li></ul>
      </div>
    </div>
  </div>`;
};

const datepicker = (id: string, label: string, value: string) =>
  group(
    id,
    label,
    `<p class="input-group">
      <input type="text" class="form-control ${MODEL} ng-valid-date" id="${id}" name="${id}" uib-datepicker-popup="MM/dd/yyyy" ng-model="vm.request.${id}" is-open="vm.popup.${id}" datepicker-options="vm.dateOptions" close-text="Close" alt-input-formats="['M!/d!/yyyy']" value="${value}">
      <div uib-datepicker-popup-wrap="" ng-model="date" ng-change="dateSelection(date)" template-url="uib/template/datepickerPopup/popup.html" class="ng-pristine ng-untouched ng-valid ng-scope ng-not-empty"><!-- ngIf: isOpen --></div>
      <span class="input-group-btn"><button type="button" class="btn btn-default" ng-click="vm.open('${id}')"><i class="glyphicon glyphicon-calendar"></i></button></span>
    </p>`,
  );

const typeahead = (id: string, label: string, value: string) =>
  group(
    id,
    label,
    `<input type="text" class="form-control ${MODEL}" id="${id}" name="${id}" ng-model="vm.request.${id}" uib-typeahead="d for d in vm.searchDrugs($viewValue)" typeahead-min-length="2" aria-autocomplete="list" aria-expanded="false" aria-owns="typeahead-7-4211" value="${value}">
    <ul class="dropdown-menu ng-hide" ng-show="isOpen() &amp;&amp; !moveInProgress" ng-style="{top: position().top+'px', left: position().left+'px'}" role="listbox" aria-hidden="true" uib-typeahead-popup="" id="typeahead-7-4211" matches="matches" active="activeIdx" select="select(activeIdx, evt)" move-in-progress="moveInProgress" query="query" position="position" assign-is-open="assignIsOpen(isOpen)" debounce="debounceUpdate"><!-- ngRepeat: match in matches track by $index --></ul>`,
    '<span class="help-block">Start typing the brand or generic name</span>',
  );

const therapyRow = (i: number, t: string[]) =>
  `<tr ng-repeat="t in vm.request.priorTherapies track by $index" class="ng-scope">${['drug', 'dose', 'start', 'end', 'outcome']
    .map(
      (k, c) =>
        `<td><input type="text" class="form-control input-sm ${MODEL}" name="therapy_${k}_${i}" ng-model="t.${k}" value="${t[c]}"></td>`,
    )
    .join(
      '',
    )}<td><button type="button" class="btn btn-link btn-sm" ng-click="vm.removeTherapy($index)">Remove</button></td></tr><!-- end ngRepeat: t in vm.request.priorTherapies track by $index -->`;

const therapies = (rows: string[][]) =>
  `<h4>Prior therapies</h4>
  <table class="table table-condensed">
    <thead><tr><th>Drug</th><th>Dose</th><th>Start date</th><th>End date</th><th>Outcome</th><th></th></tr></thead>
    <tbody><!-- ngRepeat: t in vm.request.priorTherapies track by $index -->${rows.map((r, i) => therapyRow(i, r)).join('')}</tbody>
  </table>
  <button type="button" class="btn btn-default btn-sm" ng-click="vm.addTherapy()">+ Add therapy</button>`;

const wholeRequest = () =>
  `<div ng-app="paApp" class="ng-scope"><div ng-controller="RequestCtrl as vm" class="ng-scope">
  <form name="vm.form" class="form-horizontal ng-dirty ng-valid ng-valid-required" novalidate ng-submit="vm.submit()">
    <fieldset><legend>Patient</legend>
      ${datepicker('dob', 'Date of birth', '03/02/1980')}
      ${group('weight', 'Weight', addon('weight', '70', 'kg'), messages('weight', 'Weight is required'))}
    </fieldset>
    <fieldset><legend>Diagnosis</legend>
      ${uiSelectMultiple('ICD-10 codes', 'vm.request.icdCodes', ['M04.1', 'M04.2'])}
    </fieldset>
    <fieldset><legend>Medication</legend>
      ${typeahead('drugName', 'Drug name', 'Ilaris (canakinumab)')}
      ${group('hcpcs', 'HCPCS code', ngInput('hcpcs', 'J0638'))}
      ${group('ndc', 'NDC', ngInput('ndc', '00078-0734-61'), '<span class="help-block">11 digits in 5-4-2 format, e.g. 12345-6789-01</span>')}
      ${group('dose', 'Dose', addon('dose', '150', 'mg'))}
      ${group('units', 'Billing units', ngInput('units', '150'))}
      ${group(
        'frequency',
        'Frequency',
        `<select class="form-control ${MODEL}" id="frequency" name="frequency" ng-model="vm.request.frequency" ng-options="f.value as f.label for f in vm.frequencies"><option value="" class="">-- Select --</option><option label="every 4 weeks" value="string:q4w" selected="selected">every 4 weeks</option><option label="every 8 weeks" value="string:q8w">every 8 weeks</option></select>`,
      )}
      ${uiSelect('Place of service', 'vm.request.pos', '11 - Office')}
    </fieldset>
    <fieldset><legend>Laboratory</legend>
      ${group('crp', 'CRP', addon('crp', '4.5', 'mg/L'))}
      ${datepicker('crpDate', 'CRP collection date', '11/12/2026')}
    </fieldset>
    ${therapies([['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response']])}
    <fieldset><legend>Prescriber</legend>
      ${group('npi', 'Prescriber NPI', ngInput('npi', '1234567893', ' ng-pattern="/^\\d{10}$/"'), messages('npi', 'NPI must be 10 digits'))}
    </fieldset>
    <button type="submit" class="btn btn-primary">Submit request</button>
  </form></div></div>`;

describe('AngularJS 1.x + Bootstrap 3 (ui-select, ui-bootstrap)', () => {
  it('reads the whole Ilaris request, each path once', () => {
    page(wholeRequest());
    expect(read()).toEqual({
      ...ILARIS,
      'diagnosis.codes.0': 'M04.1, M04.2',
      'drug.placeOfService': '11 - Office',
    });
    noDuplicatePaths();
  });

  it('takes the weight, dose and CRP units from the input-group addons', () => {
    page(wholeRequest());
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg', 'labs.crpUnit': 'mg/L' });
  });

  it('reads a single ui-select by its match text, not its placeholder, focusser or hidden search', () => {
    page(`<form class="form-horizontal">${uiSelect('Place of service', 'vm.request.pos', '11 - Office')}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
    expect(mapped()).toHaveLength(1);
  });

  it('reads an empty ui-select as empty, not "Select or search…"', () => {
    page(`<form class="form-horizontal">${uiSelect('Place of service', 'vm.request.pos', null)}</form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });

  it('reads a multiple ui-select as its chips without the remove crosses', () => {
    page(`<form class="form-horizontal">${uiSelectMultiple('ICD-10 codes', 'vm.request.icdCodes', ['M04.1', 'M04.2'])}</form>`);
    expect(read()).toEqual({ 'diagnosis.codes.0': 'M04.1, M04.2' });
  });

  it('reads a ui-select whose <label for> names its search input (input-id) by the match text', () => {
    page(
      `<form class="form-horizontal">${uiSelect('Place of service', 'vm.request.pos', '11 - Office')
        .replace('<label class="col-sm-3 control-label">', '<label class="col-sm-3 control-label" for="pos">')
        .replace('class="form-control ui-select-search', 'id="pos" class="form-control ui-select-search')}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
  });

  it("reads a ui-select titled by its title attribute (the search input's aria-label) by the match text", () => {
    page(
      `<form class="form-horizontal">${uiSelect('Place of service', 'vm.request.pos', '11 - Office')
        .replaceAll('aria-label="Select box', 'aria-label="Place of service')
        .replace('theme="bootstrap">', 'theme="bootstrap" title="Place of service">')}</form>`,
    );
    expect(read()).toEqual({ 'drug.placeOfService': '11 - Office' });
  });

  it('reads a uib-typeahead input by its value, not its help text', () => {
    page(`<form class="form-horizontal">${typeahead('drugName', 'Drug name', 'Ilaris (canakinumab)')}</form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab)' });
    expect(field('drug.name')?.field.element.id).toBe('drugName');
  });

  it('numbers ng-repeat therapy rows from 0', () => {
    page(
      `<form class="form-horizontal">${therapies([
        ['colchicine', '0.6 mg twice daily', '01/05/2026', '03/20/2026', 'inadequate response'],
        ['anakinra', '100 mg daily', '04/01/2026', '06/30/2026', 'injection-site reactions'],
      ])}</form>`,
    );
    expect(read()).toMatchObject({
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.stop': '06/30/2026',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
    noDuplicatePaths();
  });
});
