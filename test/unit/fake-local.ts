import type { SettingsArea } from '../../lib/settings';

/** storage.local as a plain object; values are cloned in and out as the browser's storage does. */
export function fakeLocal(initial: Record<string, unknown> = {}): SettingsArea & { data: Record<string, unknown> } {
  const data: Record<string, unknown> = structuredClone(initial);
  return {
    data,
    async get(key) {
      return key in data ? { [key]: structuredClone(data[key]) } : {};
    },
    async set(items) {
      Object.assign(data, structuredClone(items));
    },
    async remove(key) {
      delete data[key];
    },
  };
}
