import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { browser } from 'wxt/browser';
import { OptionsApp } from '@/components/OptionsApp';
import { loadAll, loadAllDocs } from '@/lib/engine/registry';
import { siteAccess } from '@/lib/optional-hosts';
import { settingsItem } from '@/lib/settings-item';
import { BUILT_IN_SITE, OPTIONAL_SITES } from '@/rules/portals/optional-hosts';
import { REGISTRY } from '@/rules/registry';
import { settingsMigration } from '@/rules/settings-migration';
import { RUNTIME_CONTENT_SCRIPT } from '@/entrypoints/background/optional-hosts';
import './style.css';

const root = document.getElementById('root');
if (root) {
  const sites = { builtIn: BUILT_IN_SITE, access: siteAccess(OPTIONAL_SITES, browser, RUNTIME_CONTENT_SCRIPT) };
  // the page shows every pack's rules and settings, so it loads them all before the first render
  Promise.all([loadAll(REGISTRY), loadAllDocs(REGISTRY)]).then(([loaded, docs]) => {
    const packs = [REGISTRY.base, ...loaded];
    createRoot(root).render(
      <StrictMode>
        <OptionsApp settingsItem={settingsItem} packs={packs} docs={docs} migration={settingsMigration(packs)} sites={sites} />
      </StrictMode>,
    );
  });
}
