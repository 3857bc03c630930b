import { afterEach, describe, expect, it } from 'vitest';
import { page, read } from '../read';

/**
 * Pega: the traditional UI-Kit section markup (`content-item content-field` cells, a
 * `field-caption dataLabelForWrite` label `for` the input, read-only cells as
 * `dataLabelForRead` spans and `dataValueRead` values, property names such as
 * `$PpyWorkPage$pDose`, repeating grids with a `th` header row, row delete icons and an
 * "Add item" row), and Constellation (React: label + input + helper text, read-only values as
 * a field value list).
 */

afterEach(() => {
  document.body.innerHTML = '';
});

const writeCell = (n: number, id: string, label: string, prop: string, value: string, required = true) => `
  <div class="content-item content-field item-${n} remove-top-spacing remove-left-spacing flex flex-row dataValueWrite" string_type="field" reserve_space="false">
    <label class="field-caption dataLabelForWrite${required ? ' icon-required' : ''}" for="${id}">${label}</label>
    <div class="content-inner"><div class="field-item dataValueWrite"><span data-ctl='["TextInput"]'><input data-template="" type="text" data-ctl="TextInput" name="$PpyWorkPage$p${prop}" id="${id}" value="${value}" class="leftJustifyStyle" data-changed="false"${required ? ' aria-required="true"' : ''}></span></div></div>
  </div>`;

const readCell = (n: number, label: string, value: string) => `
  <div class="content-item content-field item-${n} remove-top-spacing remove-left-spacing flex flex-row dataValueRead" string_type="field" reserve_space="false">
    <span class="field-caption dataLabelForRead">${label}</span>
    <div class="content-inner"><div class="field-item dataValueRead"><span class="leftJustifyStyle">${value}</span></div></div>
  </div>`;

describe('Pega traditional UI', () => {
  it('reads write cells by their captions and ignores read-only cells', () => {
    page(`<form name="main" method="post" action="/prweb/app/PAPortal/...">
      <div class="layout layout-none" data-harness-id="pyWorkPage">
        <div class="header"><h2 class="header-title">Patient</h2></div>
        <div class="layout-body clearfix">
          ${readCell(1, 'Member ID', 'W123456789')}${readCell(2, 'Date of birth', '03/02/1980')}
          ${writeCell(3, 'c1e0a6f2', 'Weight (kg)', 'Weight', '70')}
        </div>
        <div class="header"><h2 class="header-title">Medication requested</h2></div>
        <div class="layout-body clearfix">
          ${writeCell(4, '7ab3d911', 'Drug name', 'DrugName', 'Ilaris')}
          ${writeCell(5, '9ed04c12', 'Dose (mg)', 'Dose', '150')}
          ${writeCell(6, '33aa01de', 'HCPCS', 'HCPCS', 'J0638')}
        </div></div></form>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'drug.name': 'Ilaris', 'drug.dose': '150', 'drug.hcpcs': 'J0638' });
  });

  it('reads a repeating grid of prior therapies by its header row, with delete icons and an "Add item" row', () => {
    const row = (i: number, drug: string, dose: string, outcome: string) => `
      <tr class="${i % 2 ? 'oddRow' : 'evenRow'} cellCont" role="row" pl_index="${i}" id="$PpyWorkPage$pPriorTherapies$l${i}">
        <td class="dataValueWrite" role="gridcell" data-attribute-name="Drug"><div class="oflowDivM cellIn"><span data-ctl='["TextInput"]'><input data-template="" type="text" name="$PpyWorkPage$pPriorTherapies$l${i}$pDrug" id="ab12$l${i}" value="${drug}" class="leftJustifyStyle"></span></div></td>
        <td class="dataValueWrite" role="gridcell" data-attribute-name="Dose"><div class="oflowDivM cellIn"><span><input data-template="" type="text" name="$PpyWorkPage$pPriorTherapies$l${i}$pDose" id="cd34$l${i}" value="${dose}" class="leftJustifyStyle"></span></div></td>
        <td class="dataValueWrite" role="gridcell" data-attribute-name="Outcome"><div class="oflowDivM cellIn"><span><input data-template="" type="text" name="$PpyWorkPage$pPriorTherapies$l${i}$pOutcome" id="ef56$l${i}" value="${outcome}" class="leftJustifyStyle"></span></div></td>
        <td class="dataValueWrite" role="gridcell"><div class="oflowDivM cellIn"><a class="iconDelete" title="Delete this row" href="#" role="button" tabindex="0"><i class="pi pi-trash" aria-hidden="true"></i></a></div></td>
      </tr>`;
    page(`<form name="main" method="post">
      ${writeCell(1, '7ab3d911', 'Drug name', 'DrugName', 'Ilaris')}
      <div class="header"><h2 class="header-title">Prior therapies</h2></div>
      <div class="gridDiv"><table class="gridTable" role="grid" id="gridLayoutTable" pl_prop="pyWorkPage.PriorTherapies"><tbody>
        <tr class="cellCont" role="row">
          <th class="gridCell" role="columnheader" scope="col"><div class="cellIn">Drug</div></th><th class="gridCell" role="columnheader" scope="col"><div class="cellIn">Dose</div></th>
          <th class="gridCell" role="columnheader" scope="col"><div class="cellIn">Outcome</div></th><th class="gridCell" role="columnheader" scope="col"><div class="cellIn">&nbsp;</div></th></tr>
        ${row(1, 'colchicine', '0.6 mg twice daily', 'inadequate response')}${row(2, 'anakinra', '100 mg daily', 'injection-site reactions')}
        <tr class="cellCont" role="row"><td colspan="4" class="gridFooter"><a class="Add_row" href="#" role="button" tabindex="0"><i class="pi pi-plus" aria-hidden="true"></i>Add item</a></td></tr>
      </tbody></table></div></form>`);
    expect(read()).toEqual({
      'drug.name': 'Ilaris',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.dose': '0.6 mg twice daily',
      'priorTherapies.0.outcome': 'inadequate response',
      'priorTherapies.1.drug': 'anakinra',
      'priorTherapies.1.dose': '100 mg daily',
      'priorTherapies.1.outcome': 'injection-site reactions',
    });
  });
});

describe('Pega Constellation', () => {
  const field = (id: string, label: string, value: string, helper = '') => `
    <div class="field" data-testid=":form-field:"><label for="${id}" id="${id}-label" class="label">${label}<span aria-hidden="true" class="required">*</span></label>
      <div class="input-wrapper"><input id="${id}" class="input" type="text" value="${value}"${helper ? ` aria-describedby="${id}-info"` : ''} data-testid=":input:"></div>
      ${helper ? `<div id="${id}-info" class="info">${helper}</div>` : ''}</div>`;

  it('reads fields with helper text after them and skips the read-only field value list', () => {
    page(`<main><form>
      <h2>Patient</h2><dl class="field-value-list"><dt>Member ID</dt><dd>W123456789</dd><dt>Date of birth</dt><dd>03/02/1980</dd></dl>
      ${field('a1', 'Weight (kg)', '70', 'Use the weight from the last visit')}
      <h2>Medication</h2>
      ${field('a2', 'Dose (mg)', '150', 'Total dose per administration, not per kg of weight')}
      ${field('a3', 'Frequency', 'every 8 weeks')}
    </form></main>`);
    expect(read()).toEqual({ 'patient.weight': '70', 'drug.dose': '150', 'drug.frequency': 'every 8 weeks' });
  });
});
