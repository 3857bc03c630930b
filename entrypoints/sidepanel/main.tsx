import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { SidePanelApp } from '@/components/SidePanelApp';
import { letterRequest } from '@/lib/letter/request';
import { localToday } from '@/lib/parse/date';
import { loadSettings } from '@/lib/settings';
import { settingsItem } from '@/lib/settings-item';
import { REGISTRY } from '@/rules/registry';
import { activeTabId, onActiveTab, panelClient } from './client';
import { requestedTabId } from './tab-param';
import './style.css';

// the values are checked as the command line checks a request file, with the user's settings
// (storage.local holds settings only)
const prepare = async (values: Record<string, string>) =>
  letterRequest(REGISTRY, values, { today: localToday(), settings: await loadSettings(settingsItem).catch(() => undefined) });

const container = document.getElementById('root');
if (container) {
  const root = createRoot(container);
  const show = (tabId: number | null) =>
    root.render(
      <StrictMode>
        <SidePanelApp key={tabId ?? 'none'} client={panelClient} tabId={tabId} today={localToday()} prepare={prepare} />
      </StrictMode>,
    );
  const requested = requestedTabId();
  if (requested !== null) {
    show(requested);
  } else {
    // a panel opened for no tab in particular follows the tab staff are looking at
    void activeTabId().then(show);
    onActiveTab(show);
  }
}
