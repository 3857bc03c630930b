import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { loadAllDocs } from '../../lib/engine/registry';
import { localToday } from '../../lib/parse/date';
import { REGISTRY } from '../../rules/registry';
import { browserClient, targetTabId } from './client';
import './style.css';

const root = document.getElementById('root');
if (root) {
  Promise.all([targetTabId(), loadAllDocs(REGISTRY)]).then(([tabId, docs]) => {
    // A real popup closes so the page can take focus; an e2e popup opened as a tab stays.
    const openedAsTab = new URLSearchParams(location.search).has('tab');
    createRoot(root).render(
      <StrictMode>
        <PopupApp
          client={browserClient}
          tabId={tabId}
          today={localToday()}
          docs={docs}
          onFieldFocused={() => openedAsTab || window.close()}
        />
      </StrictMode>,
    );
  });
}
