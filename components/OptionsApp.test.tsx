import { afterEach, describe, expect, it } from 'vitest';
import type { RuleMeta } from '../lib/engine/types';
import { DEFAULT_SETTINGS } from '../lib/settings';
import { fakeLocal } from '../test/unit/fake-local';
import { get, render, type Rendered, settle, typeInto } from '../test/unit/render';
import { OptionsApp } from './OptionsApp';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const RULES: RuleMeta[] = [
  {
    id: 'crp-date-stale',
    severity: 'warning',
    category: 'labs',
    description: 'The CRP was collected within the window.',
    fields: ['labs.crpDate'],
    source: { title: 'Cigna patient guides', confidence: 'L', proxy: true },
  },
  {
    id: 'units-equal-mg',
    severity: 'error',
    category: 'coding',
    description: 'J0638 units equal the dose in mg.',
    fields: ['drug.units'],
    source: { title: 'CMS HCPCS J0638', url: 'https://www.cms.gov/', confidence: 'H' },
  },
];

const input = (label: string) => {
  const l = [...view!.container.querySelectorAll('label')].find((x) => x.textContent === label)!;
  return get<HTMLInputElement>(view!.container, `#${CSS.escape(l.htmlFor)}`);
};
const rule = (id: string) => get(view!.container, `[data-rule="${id}"]`);
const stored = (local: { data: Record<string, unknown> }) => local.data.settings as typeof DEFAULT_SETTINGS;

describe('OptionsApp', () => {
  it('shows the stored settings', async () => {
    const local = fakeLocal({ settings: { ...DEFAULT_SETTINGS, crpWindowDays: 60, crpUlnMgL: 5 } });
    view = await render(<OptionsApp area={local} rules={RULES} />);
    expect(input('CRP window (days)').value).toBe('60');
    expect(input("Your lab's CRP upper limit of normal (mg/L)").value).toBe('5');
  });

  it('saves a valid CRP window at once', async () => {
    const local = fakeLocal();
    view = await render(<OptionsApp area={local} rules={RULES} />);
    await typeInto(input('CRP window (days)'), '30');
    expect(stored(local).crpWindowDays).toBe(30);
    expect(get(view.container, '.save-status').textContent).toBe('Saved. Open portal tabs use it now.');
  });

  it('explains an invalid window and keeps the last good one', async () => {
    const local = fakeLocal({ settings: { ...DEFAULT_SETTINGS, crpWindowDays: 60 } });
    view = await render(<OptionsApp area={local} rules={RULES} />);
    const days = input('CRP window (days)');
    await typeInto(days, '0');
    expect(days.getAttribute('aria-invalid')).toBe('true');
    expect(view.container.textContent).toContain('Enter a number of days from 1 to 730.');
    expect(stored(local).crpWindowDays).toBe(60);
  });

  it('stores the ULN in mg/L, converting mg/dL, and clears it when emptied', async () => {
    const local = fakeLocal();
    view = await render(<OptionsApp area={local} rules={RULES} />);
    const uln = input("Your lab's CRP upper limit of normal (mg/L)");
    await typeInto(uln, '0.8 mg/dL');
    expect(stored(local).crpUlnMgL).toBe(8);
    await typeInto(uln, '');
    expect(stored(local).crpUlnMgL).toBeNull();
  });

  it('lists every rule with its description, source, confidence and proxy mark', async () => {
    view = await render(<OptionsApp area={fakeLocal()} rules={RULES} />);
    expect(rule('crp-date-stale').textContent).toContain('The CRP was collected within the window.');
    expect(rule('crp-date-stale').textContent).toContain(
      'Source: Cigna patient guides; low confidence (guides only); proxy or estimate, not Cigna’s own text.',
    );
    expect(get<HTMLAnchorElement>(rule('units-equal-mg'), 'a').href).toBe('https://www.cms.gov/');
    expect(rule('units-equal-mg').textContent).not.toContain('proxy');
  });

  it('groups the rules under the audit sections', async () => {
    view = await render(<OptionsApp area={fakeLocal()} rules={RULES} />);
    const groups = [...view.container.querySelectorAll('.rule-group')].map((g) => [
      g.querySelector('h3')!.textContent,
      [...g.querySelectorAll('[data-rule]')].map((r) => r.getAttribute('data-rule')),
    ]);
    expect(groups).toEqual([
      ['Laboratory evidence', ['crp-date-stale']],
      ['Coding accuracy', ['units-equal-mg']],
    ]);
  });

  it('switches a rule off and on', async () => {
    const local = fakeLocal();
    view = await render(<OptionsApp area={local} rules={RULES} />);
    const box = get<HTMLInputElement>(rule('crp-date-stale'), 'input[type=checkbox]');
    expect(box.checked).toBe(true);
    await settle(() => box.click());
    expect(stored(local).disabledRules).toEqual(['crp-date-stale']);
    expect(get<HTMLSelectElement>(rule('crp-date-stale'), 'select').disabled).toBe(true);
    await settle(() => box.click());
    expect(stored(local).disabledRules).toEqual([]);
  });

  it('changes a severity and goes back to the default', async () => {
    const local = fakeLocal();
    view = await render(<OptionsApp area={local} rules={RULES} />);
    const select = get<HTMLSelectElement>(rule('units-equal-mg'), 'select');
    expect([...select.options].map((o) => o.textContent)).toEqual(['Error (default)', 'Warning', 'Note']);
    await typeInto(select, 'warning');
    expect(stored(local).severityOverrides).toEqual({ 'units-equal-mg': 'warning' });
    await typeInto(select, 'default');
    expect(stored(local).severityOverrides).toEqual({});
  });

  it('restores the defaults with one button', async () => {
    const local = fakeLocal({
      settings: { crpWindowDays: 30, crpUlnMgL: 5, disabledRules: ['crp-date-stale'], severityOverrides: {} },
    });
    view = await render(<OptionsApp area={local} rules={RULES} />);
    const restore = [...view.container.querySelectorAll('button')].find((b) => b.textContent === 'Restore defaults')!;
    await settle(() => restore.click());
    expect(local.data).toEqual({});
    expect(input('CRP window (days)').value).toBe('90');
    expect(input("Your lab's CRP upper limit of normal (mg/L)").value).toBe('');
    expect(get<HTMLInputElement>(rule('crp-date-stale'), 'input[type=checkbox]').checked).toBe(true);
    expect(get(view.container, '.save-status').textContent).toBe('Defaults restored.');
  });

  it('labels every control', async () => {
    view = await render(<OptionsApp area={fakeLocal()} rules={RULES} />);
    for (const control of view.container.querySelectorAll('input, select')) {
      expect((control as HTMLInputElement).labels?.length, control.outerHTML).toBeGreaterThan(0);
    }
  });
});
