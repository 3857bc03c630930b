import { afterEach, describe, expect, it } from 'vitest';
import { render, type Rendered } from '@/test/unit/render';
import { SourceNote } from './SourceNote';

let view: Rendered | undefined;
afterEach(() => view?.unmount());

const proxy = { title: 'Criteria template', confidence: 'M', proxy: true } as const;

describe('SourceNote', () => {
  it('gives the source and the confidence in words', async () => {
    view = await render(<SourceNote source={{ title: 'FDA label', confidence: 'H' }} payer="Cigna" />);
    expect(view.container.textContent).toBe('Source: FDA label; high confidence (primary source).');
  });

  it('says whose text a proxy stands in for', async () => {
    view = await render(<SourceNote source={proxy} payer="Cigna" />);
    expect(view.container.textContent).toBe(
      'Source: Criteria template; medium confidence (secondary source or close proxy); a proxy, not Cigna’s own text.',
    );
  });

  it('speaks of the payer when it does not know which', async () => {
    view = await render(<SourceNote source={proxy} />);
    expect(view.container.textContent).toContain('a proxy, not the payer’s own text.');
  });
});
