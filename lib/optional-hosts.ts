/**
 * Optional sites: hosts staff switch on in the options page beyond the portal the manifest names.
 * Each is an optional host permission, asked for when staff switch it on; the content script runs
 * there through a script registered at runtime (`scripting.registerContentScripts`, Chrome MV3 and
 * Firefox 102+ MV2 alike), one per site. The rule kept by `syncRegistrations`: the scripts
 * registered are exactly those of the sites whose origins are granted, however the grant changed
 * (this page, the browser's extension settings, a restart). Knows no site: the list comes from
 * rules/portals/optional-hosts.ts through an entrypoint.
 */

export interface OptionalSite {
  /** stable: part of the registered script's id */
  id: string;
  /** "CoverMyMeds" */
  name: string;
  /** what staff know it as: "ePA site" */
  kind: string;
  /** "covermymeds.com", as staff read it on the options page */
  domain: string;
  /** match patterns asked for, and where the content script then runs */
  origins: readonly string[];
}

export type RunAt = 'document_start' | 'document_end' | 'document_idle';

/** How the manifest's content script runs; the registered ones run the same way. */
export interface ContentScriptSpec {
  js: string[];
  runAt: RunAt;
  allFrames: boolean;
}

export interface RegisteredScript extends ContentScriptSpec {
  id: string;
  matches: string[];
  persistAcrossSessions: boolean;
}

/** The parts of `browser.permissions` and `browser.scripting` used (fakes in tests). */
export interface OptionalHostApis {
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    request(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
    /** fired when a grant changes anywhere: this page, another one, the browser's extension settings */
    onAdded?: PermissionsEvent;
    onRemoved?: PermissionsEvent;
  };
  scripting: {
    getRegisteredContentScripts(): Promise<{ id: string; matches?: string[]; js?: string[]; runAt?: string; allFrames?: boolean }[]>;
    registerContentScripts(scripts: RegisteredScript[]): Promise<unknown>;
    unregisterContentScripts(filter: { ids: string[] }): Promise<unknown>;
  };
}

interface PermissionsEvent {
  addListener(listener: () => void): void;
  removeListener(listener: () => void): void;
}

const ID_PREFIX = 'optional-site-';

export const scriptIdOf = (site: OptionalSite): string => `${ID_PREFIX}${site.id}`;

/** The script registered for a granted site. */
export const scriptFor = (site: OptionalSite, spec: ContentScriptSpec): RegisteredScript => ({
  id: scriptIdOf(site),
  matches: [...site.origins],
  js: [...spec.js],
  runAt: spec.runAt,
  allFrames: spec.allFrames,
  persistAcrossSessions: true,
});

/** The sites all of whose origins are granted. */
export async function grantedSites(sites: readonly OptionalSite[], permissions: OptionalHostApis['permissions']): Promise<OptionalSite[]> {
  const granted = await Promise.all(sites.map((site) => permissions.contains({ origins: [...site.origins] }).catch(() => false)));
  return sites.filter((_, i) => granted[i]);
}

const sameList = (a: readonly string[] | undefined, b: readonly string[]): boolean =>
  a !== undefined && a.length === b.length && a.every((x, i) => x === b[i]);

/**
 * What to change so the registered scripts are exactly `wanted`: ours (by id prefix) that are not
 * wanted, or registered differently (an update changed a site's origins or the script), go;
 * wanted ones not registered as wanted come. Scripts not ours are left alone.
 */
export function planSync(
  wanted: readonly RegisteredScript[],
  registered: Awaited<ReturnType<OptionalHostApis['scripting']['getRegisteredContentScripts']>>,
): { unregister: string[]; register: RegisteredScript[] } {
  const ours = registered.filter((s) => s.id.startsWith(ID_PREFIX));
  const current = (w: RegisteredScript) =>
    ours.some(
      (s) =>
        s.id === w.id &&
        sameList(s.matches, w.matches) &&
        sameList(s.js, w.js) &&
        s.runAt === w.runAt &&
        Boolean(s.allFrames) === w.allFrames,
    );
  const keep = new Set(wanted.filter(current).map((w) => w.id));
  return {
    unregister: ours.filter((s) => !keep.has(s.id)).map((s) => s.id),
    register: wanted.filter((w) => !keep.has(w.id)),
  };
}

async function syncOnce(sites: readonly OptionalSite[], apis: OptionalHostApis, spec: ContentScriptSpec): Promise<string[]> {
  const wanted = (await grantedSites(sites, apis.permissions)).map((site) => scriptFor(site, spec));
  const plan = planSync(wanted, await apis.scripting.getRegisteredContentScripts());
  if (plan.unregister.length) await apis.scripting.unregisterContentScripts({ ids: plan.unregister });
  if (plan.register.length) await apis.scripting.registerContentScripts(plan.register);
  return wanted.map((w) => w.id);
}

/**
 * Makes the registered scripts match the granted sites; resolves with the ids registered.
 * The options page and the background can sync at the same moment (a switch turned on fires
 * `permissions.onAdded` in the background too): when the other one's change makes this one's
 * fail (a script id already there, or already gone), it reads the state again and tries once more.
 */
export async function syncRegistrations(
  sites: readonly OptionalSite[],
  apis: OptionalHostApis,
  spec: ContentScriptSpec,
): Promise<string[]> {
  try {
    return await syncOnce(sites, apis, spec);
  } catch {
    return syncOnce(sites, apis, spec);
  }
}

/** `syncRegistrations` one at a time, for a context where events can overlap (the background). */
export function serialSync(sites: readonly OptionalSite[], apis: OptionalHostApis, spec: ContentScriptSpec): () => Promise<string[]> {
  let last: Promise<unknown> = Promise.resolve();
  return () => {
    const next = last.then(() => syncRegistrations(sites, apis, spec));
    last = next.catch(() => undefined);
    return next;
  };
}

/**
 * Switches a site on: asks the browser for its origins and, once granted, registers the content
 * script there. Call it from the click handler itself: the request is made synchronously, before
 * anything is awaited, because browsers show the prompt only during a user gesture. Resolves
 * false when the permission was refused (nothing is registered).
 */
export function enableSite(
  site: OptionalSite,
  sites: readonly OptionalSite[],
  apis: OptionalHostApis,
  spec: ContentScriptSpec,
): Promise<boolean> {
  const asked = apis.permissions.request({ origins: [...site.origins] });
  return asked.then(async (granted) => {
    if (granted) await syncRegistrations(sites, apis, spec);
    return granted;
  });
}

/** Switches a site off: gives its origins back and unregisters its script. */
export async function disableSite(
  site: OptionalSite,
  sites: readonly OptionalSite[],
  apis: OptionalHostApis,
  spec: ContentScriptSpec,
): Promise<void> {
  await apis.permissions.remove({ origins: [...site.origins] });
  await syncRegistrations(sites, apis, spec);
}

/** What the options page shows and does about optional sites (components/SiteSettings.tsx). */
export interface SiteAccess {
  sites: readonly OptionalSite[];
  /** the ids of the sites switched on (granted) now */
  granted(): Promise<string[]>;
  /** `enableSite`: call it from the click handler itself */
  enable(site: OptionalSite): Promise<boolean>;
  disable(site: OptionalSite): Promise<void>;
  /** calls `listener` when grants change elsewhere (revoked in the browser's settings); returns an unsubscribe */
  onChange(listener: () => void): () => void;
}

export function siteAccess(sites: readonly OptionalSite[], apis: OptionalHostApis, spec: ContentScriptSpec): SiteAccess {
  return {
    sites,
    granted: async () => (await grantedSites(sites, apis.permissions)).map((site) => site.id),
    enable: (site) => enableSite(site, sites, apis, spec),
    disable: (site) => disableSite(site, sites, apis, spec),
    onChange(listener) {
      const { onAdded, onRemoved } = apis.permissions;
      onAdded?.addListener(listener);
      onRemoved?.addListener(listener);
      return () => {
        onAdded?.removeListener(listener);
        onRemoved?.removeListener(listener);
      };
    },
  };
}
