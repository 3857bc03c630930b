import { describe, expect, it } from 'vitest';
import { collectFields } from './collect';
import { field, page, read } from '@/test/unit/portals/read';

const box = (id: string, label: string, value: string, extra = '') =>
  `<div class="f"><label for="${id}">${label}</label><input type="text" id="${id}" name="${id}" value="${value}"${extra}></div>`;

describe('names typed in parts', () => {
  it('reads First name and Last name boxes under a Patient heading as the patient name', () => {
    page(
      `<form><h2>Patient</h2>${box('fn', 'First name', 'Dana')}${box('ln', 'Last name', 'Reyes')}${box('mid', 'Member ID', 'U123')}</form>`,
    );
    expect(read()).toEqual({ 'patient.name': 'Dana Reyes', 'patient.memberId': 'U123' });
  });

  it('reads the name first to last when the Last box comes first', () => {
    page(`<form><h3>Member Information</h3>${box('l', 'Last Name:', 'REYES')}${box('f', 'First Name:', 'DANA')}</form>`);
    expect(read()).toEqual({ 'patient.name': 'DANA REYES' });
  });

  it('puts a middle initial between first and last', () => {
    page(
      `<form>${box('a', 'Patient First Name', 'Dana')}${box('b', 'Patient MI', 'J')}${box('c', 'Patient Last Name', 'Reyes')}${box('d', 'Prescriber NPI', '1234567893')}</form>`,
    );
    expect(read()).toEqual({ 'patient.name': 'Dana J Reyes', 'prescriber.npi': '1234567893' });
  });

  it('reads the boxes by the autocomplete tokens browsers fill them by, under the group label', () => {
    page(
      `<form><fieldset><legend>Patient name</legend><input type="text" id="g" autocomplete="given-name" value="Jordan" aria-label="Given"><input type="text" id="s" autocomplete="family-name" value="Sample" aria-label="Family"></fieldset></form>`,
    );
    expect(read()).toEqual({ 'patient.name': 'Jordan Sample' });
  });

  it("keeps two people's boxes apart: the patient's first name and the prescriber's last name are no one name", () => {
    page(`<form>${box('a', 'Patient First Name', 'Dana')}${box('b', 'Prescriber Last Name', 'Okafor')}</form>`);
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['text', 'text']);
  });

  it('joins no lone First name box, nor boxes that only end in a part word ("Last dose")', () => {
    page(`<form><h2>Patient</h2>${box('a', 'First name', 'Dana')}${box('b', 'Last dose', '05/01/2026')}</form>`);
    expect(collectFields(document).fields.map((f) => f.kind)).toEqual(['text', 'text']);
  });

  it('reads an empty name as empty, and one part as that part', () => {
    page(`<form><h2>Patient</h2>${box('fn', 'First name', '')}${box('ln', 'Last name', '')}</form>`);
    expect(read()).toEqual({ 'patient.name': '' });
    (document.getElementById('ln') as HTMLInputElement).value = 'Reyes';
    expect(read()).toEqual({ 'patient.name': 'Reyes' });
  });

  it('names the joined field by what the boxes say without their part ("Prescriber Name")', () => {
    page(`<form>${box('a', 'Prescriber First Name', 'Alan')}${box('b', 'Prescriber Last Name', 'Okafor')}</form>`);
    expect(field('prescriber.name')?.label).toBe('Prescriber Name');
  });
});
