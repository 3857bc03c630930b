import type { OptionalSite } from '../../lib/optional-hosts';

/**
 * Where else staff file an Ilaris request, depending on the plan: an ePA site or a multi-payer
 * portal. Each is an optional host permission (wxt.config.ts), asked for on the options page when
 * staff switch it on; the content script then runs there too, registered at runtime
 * (lib/optional-hosts.ts). The installed manifest's host permissions stay Cigna's only
 * (hosts.ts).
 */
export const OPTIONAL_SITES: readonly OptionalSite[] = [
  { id: 'covermymeds', name: 'CoverMyMeds', kind: 'ePA site', domain: 'covermymeds.com', origins: ['https://*.covermymeds.com/*'] },
  { id: 'availity', name: 'Availity', kind: 'multi-payer portal', domain: 'availity.com', origins: ['https://*.availity.com/*'] },
];

/** Every optional site's match patterns: the manifest's optional host permissions. */
export const OPTIONAL_MATCHES: string[] = OPTIONAL_SITES.flatMap((site) => site.origins);

/** The portal the manifest names, always on: shown beside the optional sites. */
export const BUILT_IN_SITE = { name: 'CignaforHCP', domain: 'cignaforhcp.cigna.com' } as const;
