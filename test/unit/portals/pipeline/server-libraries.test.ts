import { describe, expect, it } from 'vitest';
import { MUI } from './libs-js';
import { BOOTSTRAP_TOMSELECT_DATEPICKER, DOJO, FORMIO, makeMuiX, PRIMEFACES, SALESFORCE_LWC, USWDS, WEBFORMS } from './libs-server';
import { expectClean, page, render, REQUESTS, type Library } from './pipeline';

/** known false findings: `library/request name` → it.fails (see the comment above each entry) */
const KNOWN: Record<string, true> = {};

const LIBRARIES: [string, Library][] = [
  ['PrimeFaces 14 (panelGrid, outputLabel, selectOneMenu, datePicker)', PRIMEFACES],
  ['ASP.NET WebForms (4-column table, asp:Label spans, validators)', WEBFORMS],
  ['USWDS 3 (input suffix, combo box, date picker)', USWDS],
  ['Form.io (number suffix, Choices.js, flatpickr, DataGrid)', FORMIO],
  ['Salesforce LWC (lightning-input, lightning-combobox, datepicker, therapy table)', SALESFORCE_LWC],
  ['Bootstrap 5 + Tom Select + react-datepicker (input-group units)', BOOTSTRAP_TOMSELECT_DATEPICKER],
  ['MUI X v7 date pickers (accessible DOM) with MUI TextFields', makeMuiX(MUI)],
  ['Dojo 1.10 dijit (label tables, FilteringSelect, DateTextBox, grid)', DOJO],
];

for (const [name, lib] of LIBRARIES) {
  describe(name, () => {
    for (const r of REQUESTS) {
      const run = KNOWN[`${name.split(' (')[0]}/${r.name}`] ? it.fails : it;
      run(`a correct ${r.name} request gets no error or warning, and selects ${r.pack ?? 'no pack'}`, async () => {
        page(render(lib, r));
        await expectClean(r);
      });
    }
  });
}

it('lists in KNOWN only tests that exist', () => {
  const names = LIBRARIES.flatMap(([name]) => REQUESTS.map((r) => `${name.split(' (')[0]}/${r.name}`));
  expect(Object.keys(KNOWN).filter((k) => !names.includes(k))).toEqual([]);
});
