import { ILARIS, THERAPIES } from '../round5/request';

export { noDuplicatePaths, nothingFrom } from '../round5/request';

/** The Ilaris request of round5/request.ts with its diagnosis, as a correct reader returns it. */
export const REQUEST = { ...ILARIS, 'diagnosis.codes.0': 'M04.1' } as const;
export { THERAPIES };

/** One labelled text box, as a plain server-rendered or React form row draws it. */
export const box = (id: string, label: string, value: string): string =>
  `<div class="form-group"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" class="form-control" value="${value}"></div>`;

/** The request's parts, each a titled block of labelled boxes (ids prefixed by `p`). */
export const patientPart = (p = 'pa'): string => `<h3>Patient</h3>
  ${box(`${p}-member`, 'Member ID', REQUEST['patient.memberId'])}
  ${box(`${p}-dob`, 'Date of birth', REQUEST['patient.dob'])}
  ${box(`${p}-weight`, 'Weight (kg)', REQUEST['patient.weight'])}`;

export const drugPart = (p = 'pa'): string => `<h3>Medication</h3>
  ${box(`${p}-drug`, 'Drug name', REQUEST['drug.name'])}
  ${box(`${p}-hcpcs`, 'HCPCS code', REQUEST['drug.hcpcs'])}
  ${box(`${p}-ndc`, 'NDC', REQUEST['drug.ndc'])}
  ${box(`${p}-dose`, 'Dose (mg)', REQUEST['drug.dose'])}
  ${box(`${p}-units`, 'Billing units', REQUEST['drug.units'])}`;

export const clinicalPart = (p = 'pa'): string => `<h3>Clinical</h3>
  ${box(`${p}-dx`, 'ICD-10 code', REQUEST['diagnosis.codes.0'])}
  ${box(`${p}-crp`, 'CRP (mg/L)', REQUEST['labs.crpValue'])}
  ${box(`${p}-crpDate`, 'CRP collection date', REQUEST['labs.crpDate'])}`;

export const prescriberPart = (p = 'pa'): string => `<h3>Prescriber</h3>
  ${box(`${p}-npi`, 'Prescriber NPI', REQUEST['prescriber.npi'])}`;

/** The two prior therapies as a table of boxes, with the hidden template row "Add therapy" clones. */
export const therapiesPart = (p = 'pa'): string => {
  const cell = (name: string, value: string) => `<td><input type="text" name="${name}" class="form-control" value="${value}"></td>`;
  const row = (i: number | '__index__', t: readonly string[], hidden = false) =>
    `<tr${hidden ? ' class="template" hidden' : ''}>${['drug', 'dose', 'start', 'stop', 'outcome'].map((k, j) => cell(`${p}-therapies[${i}].${k}`, t[j] ?? '')).join('')}</tr>`;
  const t = (i: 0 | 1) => (['drug', 'dose', 'start', 'stop', 'outcome'] as const).map((k) => THERAPIES[`priorTherapies.${i}.${k}`]);
  return `<h3>Prior therapies</h3>
  <table class="table"><thead><tr><th>Medication</th><th>Dose</th><th>Start date</th><th>Stop date</th><th>Outcome</th></tr></thead>
  <tbody>${row(0, t(0))}${row(1, t(1))}${row('__index__', [], true)}</tbody></table>
  <button type="button" class="btn btn-link">+ Add therapy</button>`;
};

/** The whole request form's fields (no <form>). */
export const requestFields = (p = 'pa'): string => `${patientPart(p)}${drugPart(p)}${clinicalPart(p)}${prescriberPart(p)}`;

/** The whole request as a <form>. */
export const requestForm = (p = 'pa', therapies = false): string =>
  `<form id="${p}-form" novalidate><h2>Prior authorization request</h2>${requestFields(p)}${therapies ? therapiesPart(p) : ''}
    <div class="actions"><button type="button" class="btn btn-secondary">Save draft</button><button type="submit" class="btn btn-primary">Submit</button></div></form>`;

/** The expected read of `requestForm(p, true)`. */
export const WITH_THERAPIES = { ...REQUEST, ...THERAPIES };
