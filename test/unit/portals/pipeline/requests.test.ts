import { describe, expect, it } from 'vitest';
import { evaluateRequest } from '@/lib/engine/registry';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import { REGISTRY } from '@/rules/registry';
import { esc, expectClean, loud, page, render, REQUESTS, TODAY, type Library } from './pipeline';

/** The paths a person means by each field of the requests (the control: no page in between). */
const PATHS: Record<string, string> = {
  patientName: 'patient.name',
  memberId: 'patient.memberId',
  dob: 'patient.dob',
  weight: 'patient.weight',
  requestDate: 'request.date',
  requestType: 'request.type',
  dx: 'diagnosis.codes.0',
  drugName: 'drug.name',
  hcpcs: 'drug.hcpcs',
  ndc: 'drug.ndc',
  dose: 'drug.dose',
  units: 'drug.units',
  frequency: 'drug.frequency',
  pos: 'drug.placeOfService',
  crp: 'labs.crpValue',
  crpDate: 'labs.crpDate',
  crpRange: 'labs.crpReferenceRange',
  prescriberName: 'prescriber.name',
  npi: 'prescriber.npi',
  specialty: 'prescriber.specialty',
};

/** Plain HTML: `<label for>` + native controls, units as text after the input. */
const PLAIN: Library = {
  form: (body) => `<form id="pa">${body}</form>`,
  section: (title, fields, field) => `<fieldset><legend>${title}</legend>${fields.map(field).join('')}</fieldset>`,
  field: (f) => {
    const control =
      f.kind === 'select'
        ? `<select id="${f.id}" name="${f.id}"><option value="">Select…</option>${(f.options ?? []).map((o) => `<option${o === f.value ? ' selected' : ''}>${esc(o)}</option>`).join('')}</select>`
        : `<input id="${f.id}" name="${f.id}" type="text" value="${esc(f.value)}">`;
    return `<div class="row"><label for="${f.id}">${f.label}</label> ${control}${f.unit ? ` <span>${f.unit}</span>` : ''}</div>`;
  },
};

describe('the requests themselves (control)', () => {
  for (const r of REQUESTS) {
    it(`${r.name} as flat values gets no error or warning and selects ${r.pack ?? 'no pack'}`, async () => {
      const flat: Record<string, string> = {};
      for (const s of r.sections) {
        for (const f of s.fields) {
          const row = /^pt(\d+)(\w+)$/.exec(f.id);
          flat[row ? `priorTherapies.${row[1]}.${row[2]}` : PATHS[f.id]!] = f.value;
        }
      }
      flat['patient.weightUnit'] = 'kg';
      flat['drug.doseUnit'] = 'mg';
      const crp = r.sections.flatMap((s) => s.fields).find((f) => f.id === 'crp');
      if (crp) flat['labs.crpUnit'] = crp.unit!;
      const e = await evaluateRequest(REGISTRY, normalizeForm(rawFromFlat(flat)), { today: TODAY });
      expect(loud(e)).toEqual([]);
      expect(e.selection.pack?.id ?? null).toBe(r.pack);
    });

    it(`${r.name} on a plain HTML page`, async () => {
      page(render(PLAIN, r));
      await expectClean(r);
    });
  }
});
