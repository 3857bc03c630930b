import { describe, expect, it, vi } from 'vitest';
import { WarningLayer } from '@/lib/dom/warnings';
import type { Finding } from '@/lib/engine/types';

/**
 * Found by the mutation storm (test/e2e/security-portal.test.ts): a page that rewrites the id
 * of one of our warning hosts leaves the field's aria-describedby naming an id that no longer
 * exists, and the warning no longer describes its field. The layer now treats a host whose id
 * changed like a removed one: the old id leaves the field and a new host is made.
 */

const finding: Finding = {
  ruleId: 'units-equal-mg',
  severity: 'error',
  category: 'coding',
  field: 'drug.units',
  message: '280 mg is 280 units of J0638 (1 unit = 1 mg); 1 unit entered.',
  source: { title: 'CMS HCPCS J0638', confidence: 'H' },
};

describe('a warning host whose id the page rewrites', () => {
  it('is replaced, so the field is described by a host that exists', () => {
    const field = document.createElement('input');
    document.body.replaceChildren(field);
    const layer = new WarningLayer(document, { onFix: vi.fn() });
    const request = {
      findings: [finding],
      anchorFor: () => ({ element: field, describes: [field], after: field }),
      canFix: () => false,
      notes: [],
    };
    layer.render(request);
    document.querySelector('pa-preflight-warning')!.id = 'page-renamed-it';
    layer.render(request);
    const ids = (field.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(document.getElementById(id)?.localName).toBe('pa-preflight-warning');
    layer.destroy();
  });
});
