import type { ContentScriptSpec, OptionalHostApis } from '@/lib/optional-hosts';
import { serialSync } from '@/lib/optional-hosts';
import { OPTIONAL_SITES } from '@/rules/portals/optional-hosts';

/**
 * The content script as the manifest runs it (entrypoints/content/index.ts: `allFrames`,
 * `runAt`; WXT writes it to content-scripts/content.js), for the copies registered on optional
 * sites. test/e2e/optional-hosts-build.test.ts compares it with the built manifests.
 */
export const RUNTIME_CONTENT_SCRIPT: ContentScriptSpec = { js: ['content-scripts/content.js'], runAt: 'document_idle', allFrames: true };

/**
 * Keeps the registered scripts equal to the granted optional sites: now (each time the
 * background starts: browser start, install, update, a service worker woken) and whenever a grant
 * changes, the options page's or the browser's extension settings'.
 */
export function watchOptionalHosts(apis: OptionalHostApis): void {
  const sync = serialSync(OPTIONAL_SITES, apis, RUNTIME_CONTENT_SCRIPT);
  const resync = () => {
    sync().catch(() => undefined);
  };
  apis.permissions.onAdded?.addListener(resync);
  apis.permissions.onRemoved?.addListener(resync);
  resync();
}
