import { cignaPrecert } from './cigna-precert';
import type { PortalMap } from '@/lib/dom/portal';

/** Every portal field map, tried in order before the label vocabulary. */
export const PORTAL_MAPS: readonly PortalMap[] = [cignaPrecert];
