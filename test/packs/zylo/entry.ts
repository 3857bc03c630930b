import type { PackEntry } from '@/lib/engine/registry';
import { TEST_ZYLO } from './manifest';

export const testZylo: PackEntry = {
  manifest: TEST_ZYLO,
  load: () => import('./index').then((m) => m.zyloPack),
  docs: async () => ({
    manifest: TEST_ZYLO,
    title: 'Testcare × Zylo (zylomab)',
    descriptions: { 'units-five-mg': 'Units are the dose ÷ 5 mg.' },
  }),
};
