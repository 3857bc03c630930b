import { describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * Microsoft Power Pages / Dynamics 365 portals (basic form, Bootstrap 3): a tab holds sections,
 * each a `<fieldset>` with a `legend h2.section-title` and a `table.section[role=presentation]`
 * of cells; a cell is `td.cell.<type>.form-control-cell` with `div.info` (the `<label for>` with an
 * id, the hidden ASP.NET validators after it) and `div.control`; a lookup is a readonly name box,
 * a hidden id input and hidden entity-name input, and Clear / "Launch lookup modal" buttons in an
 * input-group (the lookup modal, with its own Search box and results table, is at the end of the
 * page); a date is the real input (hidden, ISO value) the label points at plus a visible
 * `div.input-group.datetimepicker` box labelled by the label's id; a choice is a `select.picklist`;
 * a subgrid is a read-only entity list (`td[data-attribute]`) with a Create button.
 */

const input = (attr: string, label: string, value: string, required = false) =>
  `<td colspan="1" rowspan="1" class="clearfix cell text form-control-cell">
    <div class="info${required ? ' required' : ''}"><label for="cr6a1_${attr}" id="cr6a1_${attr}_label">${label}</label>
      <div class="validators"><span id="RequiredFieldValidatorcr6a1_${attr}" style="display:none;">${label} is a required field.</span></div></div>
    <div class="control"><input name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}" type="text" maxlength="100" id="cr6a1_${attr}" class="text form-control" onchange="setIsDirty(this.id);"${
      required ? ' aria-required="true"' : ''
    } value="${value}"></div>
  </td>`;

const date = (attr: string, label: string, iso: string, shown: string) =>
  `<td colspan="1" rowspan="1" class="clearfix cell datetime form-control-cell">
    <div class="info"><label for="cr6a1_${attr}" id="cr6a1_${attr}_label">${label}</label></div>
    <div class="control">
      <input name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}" type="text" id="cr6a1_${attr}" class="form-control hidden" data-ui="datetimepicker" data-type="date" data-attribute="cr6a1_${attr}" data-behavior="DateOnly" style="display:none;" value="${iso}">
      <div class="input-group datetimepicker"><input type="text" class="form-control" id="cr6a1_${attr}_datepicker_description" aria-labelledby="cr6a1_${attr}_label" data-date-format="M/D/YYYY" value="${shown}">
        <span class="input-group-addon" role="button" tabindex="0" aria-label="To select a date, click the date picker button"><span class="fa fa-calendar" aria-hidden="true"></span></span></div>
    </div>
  </td>`;

const lookup = (attr: string, label: string, name: string, entity: string) =>
  `<td colspan="1" rowspan="1" class="clearfix cell lookup form-control-cell">
    <div class="info"><label for="cr6a1_${attr}_name" id="cr6a1_${attr}_label">${label}</label></div>
    <div class="control"><div class="input-group">
      <input type="text" id="cr6a1_${attr}_name" class="text form-control lookup form-control" readonly="readonly" aria-labelledby="cr6a1_${attr}_label" value="${name}">
      <input type="hidden" name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}" id="cr6a1_${attr}" value="3f1c2b7e-0d5a-ef11-a670-000d3a5b1c22">
      <input type="hidden" name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}_entityname" id="cr6a1_${attr}_entityname" value="${entity}">
      <div class="input-group-btn">
        <button type="button" class="btn btn-default clearlookupfield" title="Clear field" aria-label="Clear field"><span class="sr-only">Clear field</span><span class="fa fa-times" aria-hidden="true"></span></button>
        <button type="button" class="btn btn-default launchentitylookup" title="Launch lookup modal" aria-label="Launch lookup modal"><span class="sr-only">Launch lookup modal</span><span class="fa fa-search" aria-hidden="true"></span></button>
      </div>
    </div></div>
  </td>`;

const picklist = (attr: string, label: string, options: [string, string][], chosen: string) =>
  `<td colspan="1" rowspan="1" class="clearfix cell picklist form-control-cell">
    <div class="info"><label for="cr6a1_${attr}" id="cr6a1_${attr}_label">${label}</label></div>
    <div class="control"><select name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}" id="cr6a1_${attr}" class="form-control picklist" onchange="setIsDirty(this.id);"><option value="" label=" "></option>${options
      .map(([v, t]) => `<option${v === chosen ? ' selected="selected"' : ''} value="${v}">${t}</option>`)
      .join('')}</select></div>
  </td>`;

const empty = '<td colspan="1" rowspan="1" class="cell zero-cell"></td>';

const section = (name: string, title: string, rows: string[][]) =>
  `<fieldset aria-label="${title}"><legend class="section-title"><h2>${title}</h2></legend>
    <table role="presentation" data-name="${name}" class="section"><colgroup><col style="width:50%;"><col style="width:50%;"></colgroup>
      <tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table></fieldset>`;

const subgrid = (title: string, rows: string[][]) =>
  `<fieldset aria-label="${title}"><legend class="section-title"><h2>${title}</h2></legend>
    <table role="presentation" data-name="therapies_section" class="section"><tbody><tr><td colspan="2" class="clearfix cell subgrid-cell">
      <div class="info"><label>Prior Therapies</label></div>
      <div class="control"><div id="PriorTherapies" class="subgrid">
        <div class="view-toolbar grid-actions clearfix"><a href="#" class="btn btn-primary pull-right action create-action" title="Create" role="button"><span class="fa fa-plus-circle" aria-hidden="true"></span> Create</a></div>
        <div class="view-grid"><table class="table table-striped table-fluid" aria-relevant="additions"><thead><tr>${[
          'Drug',
          'Dose',
          'Start Date',
          'End Date',
          'Outcome',
        ]
          .map(
            (h) =>
              `<th scope="col" class="sort-enabled"><a href="#" role="button" aria-label="${h}">${h}<span class="sr-only sort-hint">. sort descending</span></a></th>`,
          )
          .join('')}<th scope="col"><span class="sr-only">Actions</span></th></tr></thead>
          <tbody>${rows
            .map(
              (r, i) =>
                `<tr data-entity="cr6a1_priortherapy" data-id="0c5e${i}a1b-0d5a-ef11-a670-000d3a5b1c22">${r
                  .map(
                    (v, c) =>
                      `<td data-type="System.String" data-attribute="cr6a1_${['drug', 'dose', 'start', 'end', 'outcome'][c]}" data-value="${v}" aria-label="${v}">${v}</td>`,
                  )
                  .join(
                    '',
                  )}<td><div class="dropdown action"><button class="btn btn-default btn-xs" type="button" data-toggle="dropdown" aria-label="Actions"><span class="fa fa-chevron-circle-down fa-fw" aria-hidden="true"></span></button></div></td></tr>`,
            )
            .join('')}</tbody></table></div>
      </div></div></td></tr></tbody></table></fieldset>`;

/** the lookup modal Power Pages renders hidden at the end of the form */
const lookupModal = `<section aria-hidden="true" class="modal fade modal-lookup" data-backdrop="static" role="dialog" tabindex="-1" aria-label="Lookup records" style="display:none;">
  <div class="modal-lg modal-dialog"><div class="modal-content"><div class="modal-header"><button aria-label="Close" class="close" data-dismiss="modal" type="button"><span aria-hidden="true">×</span></button><h1 class="modal-title h4">Lookup records</h1></div>
  <div class="modal-body"><div class="entity-lookup"><div class="pull-left"><div class="input-group pull-left entitylist-search"><input class="query form-control" placeholder="Search" aria-label="Search" type="text" value="">
    <div class="input-group-btn"><button type="button" class="btn btn-default" title="Search Results" aria-label="Search Results"><span class="fa fa-search" aria-hidden="true"></span></button></div></div></div>
    <div class="entity-grid"><table class="table table-striped"><thead><tr><th>Full Name</th><th>NPI</th></tr></thead><tbody><tr><td>Dana R. Whitfield, MD</td><td>1234567893</td></tr></tbody></table></div></div></div>
  <div class="modal-footer"><button type="button" class="primary btn btn-primary" title="Select" aria-label="Select">Select</button><button type="button" class="cancel btn btn-default" title="Cancel" aria-label="Cancel">Cancel</button></div></div></div></section>`;

const form = (body: string) =>
  `<form method="post" action="./prior-authorization-request/" id="content_form"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTc2"></div>
    <div id="EntityFormPanel" class="entity-form"><div id="EntityFormControl_9a1f_EntityFormView" class="crmEntityFormView">
      <div class="tab clearfix"><h2 class="tab-title">Prior Authorization Request</h2><div class="tab-column">${body}</div></div>
      <div class="actions"><input type="submit" name="ctl00$ContentContainer$EntityFormControl_9a1f$InsertButton" value="Submit" id="InsertButton" class="btn btn-primary button submit-btn"></div>
    </div></div>${lookupModal}</form>`;

const PLACES: [string, string][] = [
  ['100000000', 'Office (11)'],
  ['100000001', 'Off-campus outpatient hospital (19)'],
  ['100000002', 'On-campus outpatient hospital (22)'],
];

describe('Power Pages basic form', () => {
  it('reads info/control cells in a two-column section table, not the hidden validators', () => {
    page(
      form(
        section('medication_section', 'Medication Requested', [
          [input('hcpcs', 'HCPCS Code', 'J0638', true), input('ndc', 'NDC', '00078-0734-61')],
          [input('dose', 'Dose (mg)', '150', true), input('billingunits', 'Billing Units', '150', true)],
          [input('frequency', 'Frequency', 'every 4 weeks'), picklist('placeofservice', 'Place of Service', PLACES, '100000000')],
        ]),
      ),
    );
    expect(read()).toEqual({
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
    });
  });

  it('reads a lookup by its readonly name box, not the hidden id or entity name, nor the lookup modal', () => {
    page(
      form(
        section('medication_section', 'Medication Requested', [
          [lookup('medicationid', 'Medication Name', 'Ilaris (canakinumab)', 'cr6a1_medication'), input('hcpcs', 'HCPCS Code', 'J0638')],
        ]) +
          section('prescriber_section', 'Prescriber', [
            [lookup('prescriberid', 'Prescriber Name', 'Dana R. Whitfield, MD', 'contact'), input('npi', 'Prescriber NPI', '1234567893')],
          ]),
      ),
    );
    expect(read()).toEqual({
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'prescriber.name': 'Dana R. Whitfield, MD',
      'prescriber.npi': '1234567893',
    });
  });

  it('reads a datetimepicker by its visible box, once', () => {
    page(
      form(
        section('patient_section', 'Patient', [
          [date('dateofbirth', 'Date of Birth', '1980-03-02T00:00:00.0000000', '3/2/1980'), input('weightkg', 'Weight (kg)', '70')],
        ]) +
          section('labs_section', 'Laboratory Results', [
            [input('crpresult', 'CRP Result', '4.5'), date('crpdate', 'CRP Collection Date', '2026-11-12T00:00:00.0000000', '11/12/2026')],
          ]),
      ),
    );
    expect(read()).toEqual({ 'patient.dob': '3/2/1980', 'patient.weight': '70', 'labs.crpValue': '4.5', 'labs.crpDate': '11/12/2026' });
    expect(mapped().filter((m) => m.path === 'labs.crpDate')).toHaveLength(1);
  });

  it('reads the whole Ilaris request, the prior therapy from its read-only subgrid too', () => {
    page(
      form(
        section('patient_section', 'Patient', [
          [date('dateofbirth', 'Date of Birth', '1980-03-02T00:00:00.0000000', '3/2/1980'), input('weightkg', 'Weight (kg)', '70')],
        ]) +
          section('diagnosis_section', 'Diagnosis', [
            [input('icd10primary', 'Primary ICD-10 Code', 'M04.1', true), input('icd10secondary', 'Secondary ICD-10 Code', 'M04.2')],
          ]) +
          section('medication_section', 'Medication Requested', [
            [lookup('medicationid', 'Medication Name', 'Ilaris (canakinumab)', 'cr6a1_medication'), input('hcpcs', 'HCPCS Code', 'J0638')],
            [input('ndc', 'NDC', '00078-0734-61'), input('dose', 'Dose (mg)', '150')],
            [input('billingunits', 'Billing Units', '150'), input('frequency', 'Frequency', 'every 4 weeks')],
            [picklist('placeofservice', 'Place of Service', PLACES, '100000000'), empty],
          ]) +
          section('labs_section', 'Laboratory Results', [
            [
              input('crpresult', 'CRP Result', '4.5'),
              picklist(
                'crpunit',
                'CRP Unit',
                [
                  ['100000000', 'mg/L'],
                  ['100000001', 'mg/dL'],
                ],
                '100000000',
              ),
            ],
            [date('crpdate', 'CRP Collection Date', '2026-11-12T00:00:00.0000000', '11/12/2026'), empty],
          ]) +
          subgrid('Prior Therapies', [['colchicine', '0.6 mg twice daily', '1/5/2026', '3/20/2026', 'inadequate response']]) +
          section('prescriber_section', 'Prescriber', [
            [lookup('prescriberid', 'Prescriber Name', 'Dana R. Whitfield, MD', 'contact'), input('npi', 'Prescriber NPI', '1234567893')],
          ]),
      ),
    );
    expect(read()).toEqual({
      'patient.dob': '3/2/1980',
      'patient.weight': '70',
      'diagnosis.codes.0': 'M04.1',
      'diagnosis.codes.1': 'M04.2',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.ndc': '00078-0734-61',
      'drug.dose': '150',
      'drug.units': '150',
      'drug.frequency': 'every 4 weeks',
      'drug.placeOfService': 'Office (11)',
      'labs.crpValue': '4.5',
      'labs.crpUnit': 'mg/L',
      'labs.crpDate': '11/12/2026',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.start': '1/5/2026',
      'priorTherapies.0.stop': '3/20/2026',
      'priorTherapies.0.outcome': 'inadequate response',
      'prescriber.name': 'Dana R. Whitfield, MD',
      'prescriber.npi': '1234567893',
    });
  });

  it('reads a two-option (boolean) field rendered as a radio list labelled by its label', () => {
    const boolRadio = (attr: string, label: string, yes: boolean) =>
      `<td colspan="1" rowspan="1" class="clearfix cell boolean-radio form-control-cell">
        <div class="info"><label for="cr6a1_${attr}" id="cr6a1_${attr}_label">${label}</label></div>
        <div class="control"><span id="cr6a1_${attr}" class="boolean-radio" aria-labelledby="cr6a1_${attr}_label" role="radiogroup">
          <input id="cr6a1_${attr}_0" type="radio" name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}" value="0"${yes ? '' : ' checked="checked"'}><label for="cr6a1_${attr}_0">No</label>
          <input id="cr6a1_${attr}_1" type="radio" name="ctl00$ContentContainer$EntityFormControl_9a1f$EntityFormControl_9a1f_EntityFormView$cr6a1_${attr}" value="1"${yes ? ' checked="checked"' : ''}><label for="cr6a1_${attr}_1">Yes</label>
        </span></div></td>`;
    page(
      form(
        section('clinical_section', 'Clinical Information', [
          [
            boolRadio('hospitalized', 'Hospitalized for a flare?', true),
            boolRadio('colchicinecontinued', 'Will colchicine be continued?', false),
          ],
          [input('flares12', 'Number of flares in the last 12 months', '4'), empty],
        ]),
      ),
    );
    expect(read()).toEqual({
      'clinical.hospitalization': 'Yes',
      'clinical.colchicineContinuing': 'No',
      'clinical.flaresPast12Months': '4',
    });
  });
});
