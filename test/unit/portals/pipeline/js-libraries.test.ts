import { describe, expect, it } from 'vitest';
import { ANGULAR_MATERIAL, ANTD, KENDO, MUI, VUETIFY } from './libs-js';
import { expectClean, page, render, REQUESTS, type Library } from './pipeline';

/** known false findings: `library/request name` → it.fails (see the comment above each entry) */
const KNOWN: Record<string, true> = {};

const LIBRARIES: [string, Library][] = [
  ['MUI (TextField, InputAdornment, Select, DatePicker v6)', MUI],
  ['Angular Material (mat-form-field, matTextSuffix, mat-select, datepicker)', ANGULAR_MATERIAL],
  ['Ant Design (Form.Item, InputNumber addonAfter, Select, DatePicker)', ANTD],
  ['Vuetify 3 (v-text-field suffix, v-select, v-date-input)', VUETIFY],
  ['Kendo UI for Angular (NumericTextBox suffix, DropDownList, DatePicker)', KENDO],
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
