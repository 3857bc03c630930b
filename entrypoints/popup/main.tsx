import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { localToday } from '../../lib/parse/date';
import { browserClient, targetTabId } from './client';
import './style.css';

const root = document.getElementById('root');
if (root) {
  targetTabId().then((tabId) => {
    // A real popup closes so the page can take focus; an e2e popup opened as a tab stays.
    const openedAsTab = new URLSearchParams(location.search).has('tab');
    createRoot(root).render(
      <StrictMode>
        <PopupApp
          client={browserClient}
          tabId={tabId}
          today={localToday()}
          onFieldFocused={() => openedAsTab || window.close()}
        />
      </StrictMode>,
    );
  });
}
