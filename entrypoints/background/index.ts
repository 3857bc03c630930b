import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import type { BackgroundToPopup, TabState } from '@/lib/messages';
import { REGISTRY } from '@/rules/registry';
import { badgeFor } from './badge';
import { createMessageHandler } from './handlers';
import { watchOptionalHosts } from './optional-hosts';
import { reportCompleter } from './report';
import { migrateSavedSettings } from './settings-migration';
import { TabStore } from './tab-store';

export default defineBackground(() => {
  const store = new TabStore(storage);

  const showBadge = (tabId: number, state: TabState) => {
    const badge = badgeFor(state.report);
    // a tab can close between the report and this call: its badge no longer matters
    Promise.all([
      browser.action.setBadgeText({ tabId, text: badge.text }),
      browser.action.setBadgeBackgroundColor({ tabId, color: badge.color }),
      browser.action.setBadgeTextColor?.({ tabId, color: badge.textColor }),
      browser.action.setTitle({ tabId, title: badge.title }),
    ]).catch(() => undefined);
  };

  const onStateChange = (tabId: number, state: TabState) => {
    showBadge(tabId, state);
    const message: BackgroundToPopup = { type: 'state-changed', tabId, state };
    // rejects when no popup is open to hear it
    browser.runtime.sendMessage(message).catch(() => undefined);
  };

  browser.runtime.onMessage.addListener(
    createMessageHandler({
      store,
      extensionOrigin: browser.runtime.getURL('/'),
      completeReport: reportCompleter(REGISTRY),
      onStateChange,
    }),
  );

  // an update from a version before packs leaves settings keyed by bare rule id: rewrite them now
  browser.runtime.onInstalled.addListener(() => {
    migrateSavedSettings().catch(() => undefined);
  });

  // the content script on the optional sites staff switched on in the options page, and only there
  watchOptionalHosts(browser);

  browser.tabs.onRemoved.addListener((tabId) => {
    store.remove(tabId).catch(() => undefined);
  });

  // A page load replaces the content script; until the new one reports, the tab has no findings.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    store.clearReport(tabId).then(
      (state) => onStateChange(tabId, state),
      () => undefined,
    );
  });
});
