import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY } from './messages';
import type { SettingsItem } from './settings';

/**
 * The settings as a WXT storage item in `storage.local`, for the options page and the
 * background. The content script reads the same key with one native `storage.local.get`
 * (entrypoints/content/index.ts) and keeps WXT's storage out of its size budget.
 */
export const settingsItem: SettingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`);
