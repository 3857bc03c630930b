import { afterEach, describe, expect, it } from 'vitest';
import { mapped, page, read } from '../read';

/**
 * ServiceNow Service Portal (sp-form / catalog item): labels `for` the field with a mandatory
 * marker (`fa-asterisk mandatory`, aria-hidden, no text) in `field-decorations`; choice and
 * reference fields drawn by Select2 3.5 (ServiceNow's version): a `select2-container` inserted
 * BEFORE the original element, holding the chosen text in `.select2-chosen`, an offscreen
 * label whose text Select2 copies from the original element's label, a "focusser" text input
 * (role=button, aria-labelledby = the chosen text) and the closed drop with its search input
 * (role=combobox). Choice fields keep their `<select>` (class select2-offscreen); reference
 * fields keep an `<input type="hidden">` holding the sys_id.
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const label = (name: string, text: string, mandatory = true) =>
  `<label for="sp_formfield_${name}" class="field-label" title="" aria-label="${text}">
    <span class="field-decorations"><span ng-show="field.isMandatory()" class="fa fa-asterisk mandatory${mandatory ? '' : ' ng-hide'}" title="Mandatory" style="padding-right: .25em" aria-hidden="true"></span></span>
    <span class="sp-field-label-padding">${text}</span></label>`;

/** a Select2 3.5 single container, as inserted before the original element */
const select2 = (uid: number, labelText: string, chosen: string | null) => `
  <div class="select2-container form-control${chosen === null ? '' : ' select2-allowclear'}" id="s2id_sp_formfield_x${uid}" title="">
    <a href="javascript:void(0)" class="select2-choice${chosen === null ? ' select2-default' : ''}" tabindex="-1">
      <span class="select2-chosen" id="select2-chosen-${uid}">${chosen ?? '-- None --'}</span><abbr class="select2-search-choice-close"></abbr>
      <span class="select2-arrow" role="presentation"><b role="presentation"></b></span></a>
    <label for="s2id_autogen${uid}" class="select2-offscreen">${labelText}</label>
    <input class="select2-focusser select2-offscreen" type="text" aria-haspopup="true" role="button" aria-labelledby="select2-chosen-${uid}" id="s2id_autogen${uid}">
    <div class="select2-drop select2-display-none select2-with-searchbox">
      <div class="select2-search"><label for="s2id_autogen${uid}_search" class="select2-offscreen">${labelText}</label>
        <input type="text" autocomplete="off" autocorrect="off" autocapitalize="off" spellcheck="false" class="select2-input" role="combobox" aria-expanded="true" aria-autocomplete="list" aria-owns="select2-results-${uid}" id="s2id_autogen${uid}_search" placeholder=""></div>
      <ul class="select2-results" role="listbox" id="select2-results-${uid}"></ul></div></div>`;

const field = (inner: string) => `<div class="form-group sp-form-field"><div class="sp-form-field-label">${inner}</div></div>`;

describe('ServiceNow Service Portal catalog item', () => {
  it('reads plain text variables by their labels (mandatory asterisk without text)', () => {
    page(`<form name="form.data.sc_cat_item" novalidate><div class="sp-form">
      ${field(`${label('IO:a1', 'Patient weight (kg)')}<input id="sp_formfield_IO:a1" name="IO:a1" class="form-control" type="text" value="70" aria-required="true">`)}
      ${field(`${label('IO:a2', 'Dose (mg)')}<input id="sp_formfield_IO:a2" name="IO:a2" class="form-control" type="text" value="150" aria-required="true">`)}
      ${field(`${label('IO:a3', 'ICD-10 code')}<input id="sp_formfield_IO:a3" name="IO:a3" class="form-control" type="text" value="M04.1">`)}
    </div></form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'drug.dose': '150', 'diagnosis.codes.0': 'M04.1' });
  });

  it('reads a Select2 choice field by its chosen option (the <select> after the container holds it)', () => {
    page(`<form name="form.data.sc_cat_item" novalidate><div class="sp-form">
      ${field(`${label('IO:b1', 'Frequency')}${select2(1, 'Frequency', 'Every 8 weeks')}
        <select name="IO:b1" id="sp_formfield_IO:b1" class="form-control select2-offscreen" tabindex="-1" title=""><option value="">-- None --</option><option value="q8w" selected="selected">Every 8 weeks</option><option value="q4w">Every 4 weeks</option></select>`)}
      ${field(`${label('IO:b2', 'Place of service')}${select2(2, 'Place of service', 'Office')}
        <select name="IO:b2" id="sp_formfield_IO:b2" class="form-control select2-offscreen" tabindex="-1" title=""><option value="">-- None --</option><option value="11" selected="selected">Office</option><option value="12">Home</option></select>`)}
    </div></form>`);
    expect(read()).toEqual({ 'drug.frequency': 'Every 8 weeks', 'drug.placeOfService': 'Office' });
  });

  it('reads a Select2 reference field (the original is a hidden sys_id input) by the record it shows', () => {
    page(`<form name="form.data.sc_cat_item" novalidate><div class="sp-form">
      ${field(`${label('IO:c1', 'Medication')}${select2(3, 'Medication', 'Ilaris (canakinumab) 150 mg/mL')}
        <input type="hidden" name="IO:c1" id="sp_formfield_IO:c1" class="form-control select2-offscreen" value="6816ec2bdb301300e6a2f3c5ca9619d4" tabindex="-1">`)}
      ${field(`${label('IO:c2', 'Prescriber name')}${select2(4, 'Prescriber name', 'Dr. Alan Grant')}
        <input type="hidden" name="IO:c2" id="sp_formfield_IO:c2" class="form-control select2-offscreen" value="a1b2c3d4e5f60718293a4b5c6d7e8f90" tabindex="-1">`)}
    </div></form>`);
    expect(read()).toEqual({ 'drug.name': 'Ilaris (canakinumab) 150 mg/mL', 'prescriber.name': 'Dr. Alan Grant' });
  });

  it("reads an empty Select2 reference field as empty, not as its '-- None --' text", () => {
    page(
      `<form novalidate>${field(`${label('IO:c1', 'Medication')}${select2(5, 'Medication', null)}
      <input type="hidden" name="IO:c1" id="sp_formfield_IO:c1" class="form-control select2-offscreen" value="" tabindex="-1">`)}</form>`,
    );
    expect(read()).toEqual({ 'drug.name': '' });
  });

  it('maps one field per Select2 widget (not its focusser and its search box too)', () => {
    page(`<form novalidate>${field(`${label('IO:b1', 'Frequency')}${select2(6, 'Frequency', 'Every 8 weeks')}
      <select name="IO:b1" id="sp_formfield_IO:b1" class="form-control select2-offscreen" tabindex="-1"><option value="">-- None --</option><option value="q8w" selected="selected">Every 8 weeks</option></select>`)}
      ${field(`${label('IO:a2', 'Dose')}<input id="sp_formfield_IO:a2" name="IO:a2" class="form-control" type="text" value="150">`)}</form>`);
    expect(mapped().map((m) => m.path)).toEqual(['drug.frequency', 'drug.dose']);
  });
});
