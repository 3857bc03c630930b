import type { OptionalHostApis, RegisteredScript } from '@/lib/optional-hosts';

type Listener = () => void;

/**
 * `browser.permissions` and `browser.scripting` as the options page and the background use them,
 * in memory: origins granted by exact pattern; registering an id already there, or unregistering
 * one that is not, rejects (as Chrome does, and nothing changes). `answer` is what the permission
 * prompt says; `requestedSync` tells whether `request` was called before the caller awaited
 * anything (the user gesture).
 */
export function fakeOptionalHosts(options: { granted?: string[]; registered?: RegisteredScript[]; answer?: boolean } = {}) {
  const granted = new Set(options.granted ?? []);
  const scripts = new Map((options.registered ?? []).map((s) => [s.id, s]));
  const added = new Set<Listener>();
  const removed = new Set<Listener>();
  const event = (set: Set<Listener>) => ({ addListener: (l: Listener) => set.add(l), removeListener: (l: Listener) => set.delete(l) });
  const fire = (set: Set<Listener>) => set.forEach((l) => l());
  const calls: string[] = [];
  const state = { answer: options.answer ?? true, requests: [] as string[][] };

  const apis: OptionalHostApis = {
    permissions: {
      contains: async ({ origins }) => origins.every((o) => granted.has(o)),
      request({ origins }) {
        calls.push('request');
        state.requests.push(origins);
        // the prompt: answered later, as a person would
        return new Promise((resolve) =>
          setTimeout(() => {
            if (state.answer) {
              origins.forEach((o) => granted.add(o));
              fire(added);
            }
            resolve(state.answer);
          }, 0),
        );
      },
      async remove({ origins }) {
        calls.push('remove');
        origins.forEach((o) => granted.delete(o));
        fire(removed);
        return true;
      },
      onAdded: event(added),
      onRemoved: event(removed),
    },
    scripting: {
      async getRegisteredContentScripts() {
        return [...scripts.values()].map((s) => structuredClone(s));
      },
      async registerContentScripts(list) {
        calls.push(`register ${list.map((s) => s.id).join(',')}`);
        if (list.some((s) => scripts.has(s.id))) throw Error(`Duplicate script ID '${list[0]!.id}'`);
        list.forEach((s) => scripts.set(s.id, structuredClone(s)));
      },
      async unregisterContentScripts({ ids }) {
        calls.push(`unregister ${ids.join(',')}`);
        if (ids.some((id) => !scripts.has(id))) throw Error(`Nonexistent script ID '${ids[0]}'`);
        ids.forEach((id) => scripts.delete(id));
      },
    },
  };

  return {
    apis,
    state,
    calls,
    granted,
    scripts,
    listeners: () => added.size + removed.size,
    /** the person revokes a site in the browser's extension settings */
    revoke(origins: string[]) {
      origins.forEach((o) => granted.delete(o));
      fire(removed);
    },
    /** the person allows a site in the browser's extension settings */
    grant(origins: string[]) {
      origins.forEach((o) => granted.add(o));
      fire(added);
    },
  };
}
