import { describe, expect, it } from 'vitest';
import { parsePlaceOfService, placeCandidates } from './place-of-service';

const code = (c: string) => ({ ok: true, value: c });

describe('parsePlaceOfService', () => {
  it('reads "11"', () => expect(parsePlaceOfService('11')).toEqual(code('11')));
  it('reads "11 - Office"', () => expect(parsePlaceOfService('11 - Office')).toEqual(code('11')));
  it('reads "11: Office"', () => expect(parsePlaceOfService('11: Office')).toEqual(code('11')));
  it('reads "11 Office"', () => expect(parsePlaceOfService('11 Office')).toEqual(code('11')));
  it('reads "POS 11"', () => expect(parsePlaceOfService('POS 11')).toEqual(code('11')));
  it('reads "Office"', () => expect(parsePlaceOfService('Office')).toEqual(code('11')));
  it('reads "Office (11)" with the code last', () => expect(parsePlaceOfService('Office (11)')).toEqual(code('11')));
  it('reads "Physician\'s office"', () => expect(parsePlaceOfService("Physician's office")).toEqual(code('11')));
  it('reads "19 - Off Campus-Outpatient Hospital"', () =>
    expect(parsePlaceOfService('19 - Off Campus-Outpatient Hospital')).toEqual(code('19')));
  it('reads "Off Campus-Outpatient Hospital" by name', () =>
    expect(parsePlaceOfService('Off Campus-Outpatient Hospital')).toEqual(code('19')));
  it('reads "On Campus-Outpatient Hospital" by name', () =>
    expect(parsePlaceOfService('On Campus-Outpatient Hospital')).toEqual(code('22')));
  it('reads "22"', () => expect(parsePlaceOfService('22')).toEqual(code('22')));
  it('reads "Home" as 12', () => expect(parsePlaceOfService('Home')).toEqual(code('12')));
  it.each([
    ["Patient's home", '12'],
    ['Patient home', '12'],
    ['Pt home', '12'],
    ['at the patient’s home', '12'],
    ['Home infusion', '12'],
    ['Doctor’s Office', '11'],
    ['MD office', '11'],
    ['In-office', '11'],
    ['Off-campus outpatient hospital', '19'],
    ['Outpatient hospital, off campus', '19'],
    ['Off-campus HOPD', '19'],
    ['On-campus hospital outpatient department', '22'],
    ['Outpatient Hospital - On Campus', '22'],
    ['Inpatient hospital', '21'],
    ['Assisted living facility', '13'],
    ['Skilled nursing facility', '31'],
    ['Nursing facility', '32'],
    ['Independent clinic', '49'],
  ])('reads the written name %j as its one CMS code %s', (name, c) => expect(parsePlaceOfService(name)).toEqual(code(c)));
  it.each([
    ['Office - POS 11', '11'],
    ['Home - POS 12', '12'],
    ['Office/Clinic', '11'],
    ['Office / clinic', '11'],
    ['Home (self-injected after training)', '12'],
  ])('reads %j as %s: a code after "POS", a note in brackets aside', (text, c) => expect(parsePlaceOfService(text)).toEqual(code(c)));
  it.each([
    ['Clinic', ['11', '19', '22']],
    ['Rheumatology clinic', ['11', '19', '22']],
    ['Infusion center', ['11', '19', '22', '49']],
    ['Hospital outpatient infusion', ['19', '22']],
    ['Hospital', ['19', '21', '22']],
  ])('leaves %j, which fits several codes, for the code to say, naming them', (name, codes) => {
    const r = parsePlaceOfService(name);
    expect(r).toMatchObject({ ok: false, problem: { code: 'pos.ambiguous' } });
    if (!r.ok) expect(r.problem.message).toContain(`or ${codes.at(-1) ?? ''} (`);
    expect(placeCandidates(name)).toEqual(codes);
  });
  it('names no candidates for a place it does not know, or one it reads', () => {
    expect([placeCandidates('Specialty pharmacy'), placeCandidates('Office')]).toEqual([[], []]);
    expect(parsePlaceOfService('Specialty pharmacy')).toMatchObject({ ok: false, problem: { code: 'pos.unknown' } });
  });
  it('accepts another two-digit code as typed', () => expect(parsePlaceOfService('49')).toEqual(code('49')));
  it('pads "2" to "02"', () => expect(parsePlaceOfService('2')).toEqual(code('02')));
  it('asks 19 or 22 for a bare "Outpatient hospital"', () => {
    const r = parsePlaceOfService('Outpatient hospital');
    expect(r).toMatchObject({ ok: false, problem: { code: 'pos.ambiguous' } });
    if (!r.ok) expect(r.problem.message).toMatch(/19.*22/);
  });
  it('rejects a three-digit code', () => expect(parsePlaceOfService('111')).toMatchObject({ ok: false, problem: { code: 'pos.code' } }));
  it('rejects "00"', () => expect(parsePlaceOfService('00')).toMatchObject({ ok: false, problem: { code: 'pos.code' } }));
  it('rejects an unknown place', () =>
    expect(parsePlaceOfService('Pharmacy')).toMatchObject({ ok: false, problem: { code: 'pos.unknown' } }));
  it('rejects a number glued to letters "11a"', () => expect(parsePlaceOfService('11a')).toMatchObject({ ok: false }));
});

describe('parsePlaceOfService: round 10', () => {
  it('reads a code with its name in brackets after it: "11 (Office)"', () =>
    expect(parsePlaceOfService('11 (Office)')).toEqual({ ok: true, value: '11' }));
});
