import { afterEach, describe, expect, it } from 'vitest';
import type { AppealRules } from '@/lib/appeals';
import { CIGNA_APPEALS } from '@/rules/cigna/appeals';
import { get, render, type Rendered, settle, typeInto } from '@/test/unit/render';
import { DenialHelper } from './DenialHelper';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const dateInput = () => get<HTMLInputElement>(view!.container, 'input[type=text]');
const stateSelect = () => get<HTMLSelectElement>(view!.container, 'select');
const helper = (today: string, appeals: AppealRules = CIGNA_APPEALS) => <DenialHelper today={today} appeals={appeals} />;
const output = () => get(view!.container, '.tool-output').textContent;

describe('DenialHelper', () => {
  it('gives the internal appeal date with days left, and explains when the IMR clock starts', async () => {
    view = await render(helper('2026-01-20'));
    await typeInto(dateInput(), '01/15/2026');
    expect(output()).toContain('Internal appeal to CignaFile by 07/14/2026 (175 days from today). Within 180 days of the denial.');
    expect(output()).toContain('Independent Medical Review (California DMHC)');
    expect(output()).toContain('File the internal appeal first; this deadline starts when Cigna answers it.');
    expect(output()).toContain('Source: Cigna appeals process (domain sheet, Appeals); high confidence');
  });

  it("dates Georgia's external review from Cigna's final decision, marked low confidence", async () => {
    view = await render(helper('2026-01-20'));
    await typeInto(dateInput(), '01/15/2026');
    await typeInto(stateSelect(), 'GA');
    const finalRadio = [...view.container.querySelectorAll<HTMLInputElement>('input[type=radio]')][1]!;
    expect(finalRadio.parentElement!.textContent).toBe("Cigna's answer to our appeal (final decision)");
    await settle(() => finalRadio.click());
    expect(output()).toContain('File by 03/16/2026 (55 days from today).');
    expect(output()).toContain('low confidence (guides only)');
    expect(output()).not.toContain('Internal appeal');
  });

  it('tells its listener the date on the letter once it reads as one, and null again when it does not', async () => {
    const heard: (string | null)[] = [];
    view = await render(<DenialHelper today="2026-01-20" appeals={CIGNA_APPEALS} onLetterDate={(d) => heard.push(d)} />);
    await typeInto(dateInput(), '01/15/2026');
    await typeInto(dateInput(), '2/30/2026');
    expect(heard.filter((d, i) => d !== heard[i - 1])).toEqual([null, '2026-01-15', null]);
  });

  it('says when a deadline has passed', async () => {
    view = await render(helper('2026-08-01'));
    await typeInto(dateInput(), '2026-01-15');
    expect(output()).toContain('File by 07/14/2026 (passed 18 days ago).');
  });

  it('explains a date that does not exist instead of calculating', async () => {
    view = await render(helper('2026-01-20'));
    await typeInto(dateInput(), '2/30/2026');
    expect(output()).not.toContain('File by');
    expect(output()).toMatch(/February/);
  });

  it('names the payer of the rules it is given, not a fixed one', async () => {
    const aetna: AppealRules = {
      ...CIGNA_APPEALS,
      payer: 'Aetna',
      internal: { ...CIGNA_APPEALS.internal, title: 'Internal appeal to Aetna' },
    };
    view = await render(helper('2026-01-20', aetna));
    expect(get(view.container, 'h2').textContent).toBe('Denial deadlines: Aetna');
    const finalRadio = [...view.container.querySelectorAll<HTMLInputElement>('input[type=radio]')][1]!;
    expect(finalRadio.parentElement!.textContent).toBe("Aetna's answer to our appeal (final decision)");
    await typeInto(dateInput(), '01/15/2026');
    expect(output()).toContain('Internal appeal to Aetna');
    expect(output()).toContain('this deadline starts when Aetna answers it.');
  });
});
