import { describe, expect, it } from 'vitest';
import { field, mapped, read, page, units } from '../read';

/**
 * Tailwind component kits, plain HTML as their docs give it:
 * - daisyUI 5: `fieldset.fieldset > legend.fieldset-legend` with sibling `label.label` texts (no `for`)
 *   before each `input.input`; an input with a text suffix is `label.input > input + span.label "kg"`;
 *   hints in `p.label`; `select.select` with a disabled "Pick one" first option.
 * - daisyUI 4: `label.form-control > div.label > span.label-text` + a top-right `span.label-text-alt`
 *   hint, the input, then a bottom `div.label` hint; `div.join` input groups with a `join-item` addon.
 * - Flowbite: `label[for]` above the input, an input group `div.flex > input + span` "kg" addon,
 *   floating labels (`input.peer[placeholder=" "]` followed by its `label[for]`), the datepicker
 *   input (`input[datepicker]` with a calendar icon div before it).
 * - Tailwind UI (v4 Catalyst-era snippets): a dose input with an inline unit `select[aria-label=Unit]`
 *   and its chevron svg inside the same outlined box.
 */

const noDuplicatePaths = () => {
  const paths = mapped().map((m) => m.path);
  expect(paths.length).toBe(new Set(paths).size);
};

describe('daisyUI 5', () => {
  it('reads sibling labels in a fieldset, a "kg" suffix label and a select', () => {
    page(`<form>
      <fieldset class="fieldset bg-base-200 border-base-300 rounded-box w-xs border p-4">
        <legend class="fieldset-legend">Patient</legend>
        <label class="label">Date of birth</label>
        <input type="text" class="input" placeholder="MM/DD/YYYY" value="03/14/1988" />
        <label class="label">Weight</label>
        <label class="input"><input type="number" class="grow" value="70" /><span class="label">kg</span></label>
        <p class="label">Current weight, within the last 30 days</p>
      </fieldset>
      <fieldset class="fieldset bg-base-200 border-base-300 rounded-box w-xs border p-4">
        <legend class="fieldset-legend">Medication</legend>
        <label class="label">Drug name</label>
        <input type="text" class="input" value="Ilaris (canakinumab)" />
        <label class="label">HCPCS</label>
        <input type="text" class="input" value="J0638" />
        <label class="label">Dose</label>
        <label class="input"><input type="number" class="grow" value="150" /><span class="label">mg</span></label>
        <label class="label">Frequency</label>
        <select class="select">
          <option disabled>Pick one</option>
          <option selected>Every 4 weeks</option>
          <option>Every 8 weeks</option>
        </select>
      </fieldset></form>`);
    expect(read()).toEqual({
      'patient.dob': '03/14/1988',
      'patient.weight': '70',
      'drug.name': 'Ilaris (canakinumab)',
      'drug.hcpcs': 'J0638',
      'drug.dose': '150',
      'drug.frequency': 'Every 4 weeks',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg', 'drug.doseUnit': 'mg' });
    noDuplicatePaths();
  });

  it('reads an unchosen select (its disabled "Pick one") as empty', () => {
    page(`<form><fieldset class="fieldset"><legend class="fieldset-legend">Place of service</legend>
      <select class="select"><option disabled selected>Pick one</option><option>11 - Office</option><option>22 - Outpatient hospital</option></select>
      </fieldset></form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

describe('daisyUI 4', () => {
  it('reads form-control inputs and a join addon', () => {
    page(`<form>
      <label class="form-control w-full max-w-xs">
        <div class="label"><span class="label-text">CRP collection date</span><span class="label-text-alt">MM/DD/YYYY</span></div>
        <input type="text" class="input input-bordered w-full max-w-xs" value="04/15/2026" />
        <div class="label"><span class="label-text-alt">Within the last 30 days</span></div>
      </label>
      <label class="form-control w-full max-w-xs">
        <div class="label"><span class="label-text">NDC</span><span class="label-text-alt">5-4-2</span></div>
        <input type="text" placeholder="12345-6789-01" class="input input-bordered w-full max-w-xs" value="00078-0734-61" />
      </label>
      <label class="form-control w-full max-w-xs">
        <div class="label"><span class="label-text">Billing units</span></div>
        <div class="join"><input class="input input-bordered join-item" value="150" /><span class="btn join-item no-animation">units</span></div>
      </label></form>`);
    expect(read()).toEqual({ 'labs.crpDate': '04/15/2026', 'drug.ndc': '00078-0734-61', 'drug.units': '150' });
  });

  it('labels form-control inputs without their label-text-alt hints', () => {
    page(`<form>
      <label class="form-control w-full max-w-xs">
        <div class="label"><span class="label-text">CRP collection date</span><span class="label-text-alt">MM/DD/YYYY</span></div>
        <input type="text" class="input input-bordered w-full max-w-xs" value="04/15/2026" />
        <div class="label"><span class="label-text-alt">Within the last 30 days</span></div>
      </label>
      <label class="form-control w-full max-w-xs">
        <div class="label"><span class="label-text">NDC</span><span class="label-text-alt">5-4-2</span></div>
        <input type="text" placeholder="12345-6789-01" class="input input-bordered w-full max-w-xs" value="00078-0734-61" />
      </label>
      <label class="form-control w-full max-w-xs">
        <div class="label"><span class="label-text">Billing units</span></div>
        <div class="join"><input class="input input-bordered join-item" value="150" /><span class="btn join-item no-animation">units</span></div>
      </label></form>`);
    expect(field('labs.crpDate')?.label).toBe('CRP collection date');
    expect(field('drug.ndc')?.label).toBe('NDC');
  });
});

describe('Flowbite', () => {
  it('reads an input group with a "kg" addon, floating labels and the datepicker input', () => {
    page(`<form class="max-w-sm mx-auto">
      <div class="mb-5">
        <label for="weight" class="block mb-2 text-sm font-medium text-gray-900 dark:text-white">Weight</label>
        <div class="flex">
          <input type="number" id="weight" class="rounded-none rounded-s-lg bg-gray-50 border border-gray-300 text-gray-900 block flex-1 min-w-0 w-full text-sm p-2.5" value="70">
          <span class="inline-flex items-center px-3 text-sm text-gray-900 bg-gray-200 border border-s-0 border-gray-300 rounded-e-md">kg</span>
        </div>
      </div>
      <div class="relative z-0 w-full mb-5 group">
        <input type="text" name="floating_npi" id="floating_npi" class="block py-2.5 px-0 w-full text-sm text-gray-900 bg-transparent border-0 border-b-2 border-gray-300 appearance-none focus:outline-none focus:ring-0 focus:border-blue-600 peer" placeholder=" " value="1234567893" />
        <label for="floating_npi" class="peer-focus:font-medium absolute text-sm text-gray-500 duration-300 transform -translate-y-6 scale-75 top-3 -z-10 origin-[0] peer-focus:start-0 peer-focus:text-blue-600 peer-placeholder-shown:scale-100 peer-placeholder-shown:translate-y-0 peer-focus:scale-75 peer-focus:-translate-y-6">Prescriber NPI</label>
      </div>
      <div class="relative z-0 w-full mb-5 group">
        <input type="text" name="floating_dx" id="floating_dx" class="block py-2.5 px-0 w-full text-sm peer" placeholder=" " value="M04.1" />
        <label for="floating_dx" class="absolute text-sm text-gray-500 duration-300 transform -translate-y-6 scale-75 top-3 -z-10 origin-[0] peer-placeholder-shown:scale-100 peer-placeholder-shown:translate-y-0">Primary ICD-10 code</label>
      </div>
      <label for="crp-date" class="block mb-2 text-sm font-medium text-gray-900">CRP collection date</label>
      <div class="relative max-w-sm">
        <div class="absolute inset-y-0 start-0 flex items-center ps-3.5 pointer-events-none"><svg class="w-4 h-4 text-gray-500" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" fill="currentColor" viewBox="0 0 20 20"><path d="M20 4a2 2 0 0 0-2-2h-2V1a1 1 0 0 0-2 0v1h-3V1a1 1 0 0 0-2 0v1H6V1a1 1 0 0 0-2 0v1H2a2 2 0 0 0-2 2v2h20V4Z"/></svg></div>
        <input datepicker id="crp-date" type="text" class="bg-gray-50 border border-gray-300 text-gray-900 text-sm rounded-lg block w-full ps-10 p-2.5 datepicker-input" placeholder="Select date" value="04/15/2026">
      </div>
      </form>`);
    expect(read()).toEqual({
      'patient.weight': '70',
      'prescriber.npi': '1234567893',
      'diagnosis.codes.0': 'M04.1',
      'labs.crpDate': '04/15/2026',
    });
    expect(units()).toEqual({ 'patient.weightUnit': 'kg' });
  });

  it('reads an empty floating-label input as empty (its placeholder is a space)', () => {
    page(`<form><div class="relative z-0 w-full mb-5 group">
      <input type="text" id="pos" class="block py-2.5 px-0 w-full text-sm peer" placeholder=" " value="" />
      <label for="pos" class="absolute text-sm text-gray-500 peer-placeholder-shown:scale-100">Place of service</label></div></form>`);
    expect(read()).toEqual({ 'drug.placeOfService': '' });
  });
});

describe('Tailwind UI', () => {
  it('reads a dose with an inline unit select, and a prior therapy block', () => {
    page(`<form>
      <div>
        <label for="dose" class="block text-sm/6 font-medium text-gray-900">Dose</label>
        <div class="mt-2">
          <div class="flex items-center rounded-md bg-white pl-3 outline-1 -outline-offset-1 outline-gray-300 has-[input:focus-within]:outline-2 has-[input:focus-within]:outline-indigo-600">
            <input type="text" name="dose" id="dose" class="block min-w-0 grow py-1.5 pr-3 pl-1 text-base text-gray-900 placeholder:text-gray-400 focus:outline-none sm:text-sm/6" placeholder="0.00" value="150">
            <div class="grid shrink-0 grid-cols-1 focus-within:relative">
              <select id="dose-unit" name="dose-unit" aria-label="Unit" class="col-start-1 row-start-1 w-full appearance-none rounded-md py-1.5 pr-7 pl-3 text-base text-gray-500 sm:text-sm/6">
                <option selected>mg</option><option>mL</option>
              </select>
              <svg class="pointer-events-none col-start-1 row-start-1 mr-2 size-5 self-center justify-self-end text-gray-500 sm:size-4" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true" data-slot="icon"><path fill-rule="evenodd" d="M4.22 6.22a.75.75 0 0 1 1.06 0L8 8.94l2.72-2.72a.75.75 0 1 1 1.06 1.06l-3.25 3.25a.75.75 0 0 1-1.06 0L4.22 7.28a.75.75 0 0 1 0-1.06Z" clip-rule="evenodd" /></svg>
            </div>
          </div>
        </div>
      </div>
      <div class="border-b border-gray-900/10 pb-12">
        <h2 class="text-base/7 font-semibold text-gray-900">Prior therapies</h2>
        <p class="mt-1 text-sm/6 text-gray-600">Drugs tried before this request.</p>
        <div class="mt-10 grid grid-cols-1 gap-x-6 gap-y-8 sm:grid-cols-6">
          <div class="sm:col-span-3"><label for="pt-drug" class="block text-sm/6 font-medium text-gray-900">Drug</label><div class="mt-2"><input type="text" id="pt-drug" class="block w-full rounded-md bg-white px-3 py-1.5" value="colchicine"></div></div>
          <div class="sm:col-span-3"><label for="pt-outcome" class="block text-sm/6 font-medium text-gray-900">Outcome</label><div class="mt-2 grid grid-cols-1"><select id="pt-outcome" class="col-start-1 row-start-1 w-full appearance-none rounded-md bg-white py-1.5 pr-8 pl-3"><option>Inadequate response</option><option selected>Intolerance</option></select><svg class="pointer-events-none col-start-1 row-start-1 mr-2 size-5 self-center justify-self-end" viewBox="0 0 16 16" aria-hidden="true"></svg></div></div>
        </div>
      </div></form>`);
    expect(read()).toEqual({
      'drug.dose': '150',
      'drug.doseUnit': 'mg',
      'priorTherapies.0.drug': 'colchicine',
      'priorTherapies.0.outcome': 'Intolerance',
    });
  });
});
