import { describe, expect, it } from 'vitest';
import { field, page, read } from '../read';
import { ILARIS, THERAPIES, noDuplicatePaths } from '../round5/request';

/**
 * React Native Web 0.21 (necolas/react-native-web at a9de220, packages/react-native-web/src/exports:
 * TextInput/index.js (input, or textarea when multiline; autocapitalize="sentences", autocomplete="on",
 * autocorrect, dir="auto", spellcheck; inputMode "decimal"/"numeric" from keyboardType; readonly when
 * editable={false}), Text (`div.css-text-146c3p1[dir=auto]`, nested Text a `span.css-textHasAncestor-…`,
 * role "heading" + aria-level from role="heading"), View (`div.css-view-g5y9jx`), Pressable with
 * role="button" (`div[role=button][tabindex=0].css-view-g5y9jx.r-cursor-1loqt21.r-touchAction-1otgn73`),
 * Picker (a native `select` with atomic `r-*` classes, `disabled` when enabled={false}, options from
 * Picker.Item) and the snapshots in their __tests__. An app's labels are Text elements beside the
 * inputs, linked to nothing; accessibilityLabel/aria-label becomes `aria-label` only where the app sets
 * it. Atomic class names are as RNW hashes them (the `r-*` suffixes stand in for a build's).
 */

const TI =
  'css-textinput-11aywtz r-borderColor-1dzdj1l r-borderRadius-1dzdj1l r-borderWidth-1yadl64 r-fontSize-ubezar r-paddingInline-3o4zer r-paddingBlock-1xfd6ze';
const input = (value: string, o: { placeholder?: string; label?: string; mode?: 'decimal' | 'numeric'; readOnly?: boolean } = {}) =>
  `<input autocapitalize="sentences" autocomplete="on" autocorrect="on"${o.label ? ` aria-label="${o.label}"` : ''} class="${TI}" dir="auto"${o.mode ? ` inputmode="${o.mode}"` : ''}${o.placeholder ? ` placeholder="${o.placeholder}"` : ''}${o.readOnly ? ' readonly=""' : ''} spellcheck="true" type="text" value="${value}">`;

const text = (t: string, cls = 'r-color-1d4mawv r-fontSize-1b43r93 r-marginBottom-1ifxtd0') =>
  `<div class="css-text-146c3p1 ${cls}" dir="auto">${t}</div>`;
const view = (body: string, cls = 'r-marginBottom-1yflyrw') => `<div class="css-view-g5y9jx ${cls}">${body}</div>`;
const heading = (t: string, level = 2) =>
  `<div aria-level="${level}" class="css-text-146c3p1 r-fontSize-adyw6z r-fontWeight-vw2c0b r-marginBlock-1ifxtd0" dir="auto" role="heading">${t}</div>`;

type F = { error?: string; required?: boolean; placeholder?: string; mode?: 'decimal' | 'numeric'; readOnly?: boolean };
/** the app's field: a Text label (with a nested Text "*" when required), the TextInput, an error Text */
const fieldRow = (label: string, value: string, o: F = {}) =>
  view(
    `${`<div class="css-text-146c3p1 r-color-1d4mawv r-fontSize-1b43r93 r-marginBottom-1ifxtd0" dir="auto">${label}${o.required ? '<span class="css-textHasAncestor-1jxf684 r-color-1iiz5vn"> *</span>' : ''}</div>`}${input(value, o)}${
      o.error ? text(o.error, 'r-color-1iiz5vn r-fontSize-1enofrn r-marginTop-14gqq1x') : ''
    }`,
  );

const picker = (label: string, value: string, options: string[], o: { enabled?: boolean; prompt?: string } = {}) =>
  view(
    `${text(label)}<select class="r-backgroundColor-14lw9ot r-borderColor-1dzdj1l r-borderRadius-1dzdj1l r-borderWidth-1yadl64 r-fontFamily-1qd0xha r-fontSize-ubezar r-margin-crgep1 r-paddingInline-3o4zer r-paddingBlock-1xfd6ze"${o.enabled === false ? ' disabled=""' : ''}>${
      o.prompt ? `<option value=""${value ? '' : ' selected'}>${o.prompt}</option>` : ''
    }${options.map((v, i) => `<option value="${i}"${v === value ? ' selected' : ''}>${v}</option>`).join('')}</select>`,
  );

const pressable = (t: string) =>
  `<div class="css-view-g5y9jx r-cursor-1loqt21 r-touchAction-1otgn73 r-backgroundColor-1tl8opc r-borderRadius-1dzdj1l r-padding-1xfd6ze" role="button" tabindex="0">${text(t, 'r-color-jwli3a r-fontWeight-vw2c0b r-textAlign-q4m81j')}</div>`;

const app = (body: string) =>
  `<div id="root"><div class="css-view-g5y9jx r-flex-13awgt0"><div class="css-view-g5y9jx r-flexBasis-1mlwlqe r-flexDirection-eqz5dr r-flexGrow-16y2uox r-flexShrink-1wbh5a2 r-overflowX-11yh6sk r-overflowY-1rnoaur r-transform-agouwx"><div class="css-view-g5y9jx r-padding-edyy15">${heading('Prior authorization request', 1)}${body}${pressable('Submit request')}</div></div></div></div>`;

const therapy = (i: 0 | 1) =>
  view(
    `${heading(`Therapy ${i + 1}`, 3)}${fieldRow('Drug', THERAPIES[`priorTherapies.${i}.drug`])}${fieldRow('Dose', THERAPIES[`priorTherapies.${i}.dose`])}${fieldRow('Start date', THERAPIES[`priorTherapies.${i}.start`], { placeholder: 'MM/DD/YYYY' })}${fieldRow('Stop date', THERAPIES[`priorTherapies.${i}.stop`], { placeholder: 'MM/DD/YYYY' })}${fieldRow('Outcome', THERAPIES[`priorTherapies.${i}.outcome`])}${pressable('Remove')}`,
    'r-borderColor-1dzdj1l r-borderWidth-1yadl64 r-padding-edyy15 r-marginBottom-1yflyrw',
  );

const DRUGS = ['Ilaris (canakinumab)', 'Kineret (anakinra)'];
const FREQS = ['Every 4 weeks', 'Every 8 weeks', 'Once'];

describe('React Native Web: TextInput with Text labels, Picker, Pressable', () => {
  it('reads the full Ilaris request', () => {
    page(
      app(
        `${heading('Member')}${fieldRow('Member ID', ILARIS['patient.memberId'], { required: true })}${fieldRow('Date of birth', ILARIS['patient.dob'], { placeholder: 'MM/DD/YYYY' })}${fieldRow('Weight (kg)', '72', { mode: 'decimal' })}
        ${heading('Diagnosis')}${fieldRow('ICD-10 codes', 'M04.1, M06.1', { placeholder: 'Comma-separated' })}
        ${heading('Medication')}${picker('Drug name', ILARIS['drug.name'], DRUGS)}${fieldRow('HCPCS code', ILARIS['drug.hcpcs'])}${fieldRow('NDC', ILARIS['drug.ndc'])}${fieldRow('Dose (mg)', '150', { mode: 'decimal' })}${fieldRow('Billing units', '150', { mode: 'numeric' })}${picker('Frequency', 'Every 4 weeks', FREQS)}
        ${heading('Labs')}${fieldRow('CRP (mg/L)', '24', { mode: 'decimal' })}${fieldRow('CRP collection date', ILARIS['labs.crpDate'], { placeholder: 'MM/DD/YYYY' })}
        ${heading('Prior therapies')}${therapy(0)}${therapy(1)}${pressable('Add therapy')}
        ${heading('Prescriber')}${fieldRow('Prescriber NPI', ILARIS['prescriber.npi'], { required: true, mode: 'numeric' })}`,
      ),
    );
    expect(read()).toEqual({ ...ILARIS, ...THERAPIES, 'diagnosis.codes.0': 'M04.1, M06.1', 'drug.frequency': 'Every 4 weeks' });
    noDuplicatePaths();
  });

  it('names a TextInput by the Text before it, without the nested required asterisk', () => {
    page(
      app(
        `${fieldRow('Member ID', ILARIS['patient.memberId'], { required: true })}${fieldRow('Prescriber NPI', ILARIS['prescriber.npi'], { required: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('patient.memberId')?.label).toBe('Member ID');
  });

  it('names a TextInput by its own Text, not the error Text of the field before it', () => {
    page(
      app(
        `${fieldRow('Member ID', '', { required: true, error: 'Member ID is required' })}${fieldRow('Prescriber NPI', ILARIS['prescriber.npi'])}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': ILARIS['prescriber.npi'] });
    expect(field('prescriber.npi')?.label).toBe('Prescriber NPI');
  });

  it('names a TextInput with no Text label by its accessibilityLabel (aria-label)', () => {
    page(
      app(
        view(
          `${input(ILARIS['patient.memberId'], { label: 'Member ID', placeholder: 'Member ID' })}${input(ILARIS['prescriber.npi'], { label: 'Prescriber NPI' })}`,
        ),
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'prescriber.npi': ILARIS['prescriber.npi'] });
  });

  it('names a TextInput with only a placeholder by it, and reads it empty', () => {
    page(app(view(`${input('', { placeholder: 'Member ID' })}${input('', { placeholder: 'Prescriber NPI' })}`)));
    expect(read()).toEqual({ 'patient.memberId': '', 'prescriber.npi': '' });
  });

  it('reads Pickers (native selects) by their chosen item, a prompt item as empty, a disabled one too', () => {
    page(
      app(`${picker('Drug name', ILARIS['drug.name'], DRUGS, { enabled: false })}${picker('Frequency', '', FREQS, { prompt: 'Select…' })}`),
    );
    expect(read()).toEqual({ 'drug.name': ILARIS['drug.name'], 'drug.frequency': '' });
  });

  it('reads therapy cards by their heading index, nothing from the Pressable buttons', () => {
    page(app(`${heading('Prior therapies')}${therapy(0)}${therapy(1)}${pressable('Add therapy')}`));
    expect(read()).toEqual({ ...THERAPIES });
    noDuplicatePaths();
  });

  it('reads a non-editable TextInput (readonly) as shown', () => {
    page(
      app(
        `${fieldRow('Member ID', ILARIS['patient.memberId'], { readOnly: true })}${fieldRow('HCPCS code', ILARIS['drug.hcpcs'], { readOnly: true })}`,
      ),
    );
    expect(read()).toEqual({ 'patient.memberId': ILARIS['patient.memberId'], 'drug.hcpcs': ILARIS['drug.hcpcs'] });
  });
});
