import { afterEach, describe, expect, it } from 'vitest';
import { get, render, type Rendered } from '@/test/unit/render';
import { ProgressBar } from './ProgressBar';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

describe('ProgressBar', () => {
  it('says "N of M done" and exposes the same values as a progressbar', async () => {
    view = await render(<ProgressBar done={3} total={12} label="Checklist progress" />);
    expect(view.container.textContent).toBe('3 of 12 done');
    const bar = get(view.container, '[role=progressbar]');
    expect(bar.getAttribute('aria-valuenow')).toBe('3');
    expect(bar.getAttribute('aria-valuemax')).toBe('12');
    expect(bar.getAttribute('aria-valuetext')).toBe('3 of 12 done');
    expect(bar.getAttribute('aria-label')).toBe('Checklist progress');
    expect(get(view.container, '.progress-fill').style.width).toBe('25%');
  });

  it('shows an empty bar, not NaN, when there is nothing to do', async () => {
    view = await render(<ProgressBar done={0} total={0} label="Checklist progress" />);
    expect(get(view.container, '.progress-fill').style.width).toBe('0%');
  });
});
