import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '@/components/PopupApp';
import { loadAllDocs } from '@/lib/engine/registry';
import { localToday } from '@/lib/parse/date';
import { REGISTRY } from '@/rules/registry';
import { browserClient, isPortalTab, targetTabId } from './client';
import './style.css';

const root = document.getElementById('root');
if (root) {
  const tab = targetTabId().then(async (tabId) => ({ tabId, portalTab: await isPortalTab(tabId) }));
  Promise.all([tab, loadAllDocs(REGISTRY)]).then(([{ tabId, portalTab }, docs]) => {
    // A real popup closes so the page can take focus; an e2e popup opened as a tab stays.
    const openedAsTab = new URLSearchParams(location.search).has('tab');
    createRoot(root).render(
      <StrictMode>
        <PopupApp
          client={browserClient}
          tabId={tabId}
          portalTab={portalTab}
          today={localToday()}
          docs={docs}
          onFieldFocused={() => openedAsTab || window.close()}
          onPanelOpened={() => openedAsTab || window.close()}
        />
      </StrictMode>,
    );
  });
}
