import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/PopupApp';
import { browserClient, targetTabId } from './client';
import './style.css';

/** Today as a calendar date in the user's time zone (deadlines and CRP windows count local days). */
function localToday(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
