// first: WXT's storage takes the global browser when it loads
import { fakeBrowser } from './fake-browser-global';
import { storage } from 'wxt/utils/storage';
import type { SessionStore } from '@/entrypoints/background/tab-store';

/**
 * WXT's storage over the fake browser's storage.session, emptied: it outlives a TabStore the way
 * storage outlives a service worker.
 */
export function fakeSession(): SessionStore {
  fakeBrowser.reset();
  return storage;
}
