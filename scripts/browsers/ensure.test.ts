import { describe, expect, it } from 'vitest';
import { ensureBrowser, findBrowser, type EnsureDeps } from './ensure';
import { CHROMIUM, FIREFOX, type Machine } from './plan';

/** A root Debian machine with apt-get; `installs` says what each package puts on disk. */
function deps(present: string[], installs: Record<string, string>, opts: { failing?: string } = {}) {
  const files = new Set(present);
  const ran: string[] = [];
  const log: string[] = [];
  const machine: Machine = { env: { PATH: '/usr/bin' }, isExecutable: (p) => files.has(p), exists: (p) => files.has(p), isRoot: true };
  const d: EnsureDeps = {
    machine,
    run(command, env) {
      ran.push(`${env.DEBIAN_FRONTEND ?? ''} ${command.join(' ')}`.trim());
      if (opts.failing && command.includes(opts.failing)) return false;
      const installed = command[1] === 'install' ? installs[command.at(-1) ?? ''] : undefined;
      if (installed) files.add(installed);
      return true;
    },
    log: (line) => log.push(line),
  };
  return { d, ran, log };
}

describe('ensureBrowser', () => {
  it('returns a browser already there without running anything', () => {
    const { d, ran } = deps(['/usr/bin/apt-get', '/usr/bin/chromium'], {});
    expect(ensureBrowser(CHROMIUM, d)).toBe('/usr/bin/chromium');
    expect(ran).toEqual([]);
  });

  it('installs a missing Firefox ESR with apt-get, printing each command, and returns the new executable', () => {
    const { d, ran, log } = deps(['/usr/bin/apt-get'], { 'firefox-esr': '/usr/bin/firefox-esr' });
    expect(ensureBrowser(FIREFOX, d)).toBe('/usr/bin/firefox-esr');
    expect(ran).toEqual(['noninteractive /usr/bin/apt-get update', 'noninteractive /usr/bin/apt-get install -y firefox-esr']);
    expect(log.join('\n')).toContain('$ DEBIAN_FRONTEND=noninteractive /usr/bin/apt-get install -y firefox-esr');
  });

  it('stops with the install command as the fix when apt-get fails, running nothing after it', () => {
    const { d, ran } = deps(['/usr/bin/apt-get'], {}, { failing: 'update' });
    expect(() => ensureBrowser(CHROMIUM, d)).toThrow(
      expect.objectContaining({ name: 'BrowserUnavailable', fix: 'apt-get install -y chromium' }),
    );
    expect(ran).toEqual(['noninteractive /usr/bin/apt-get update']);
  });

  it('stops when the install succeeded but left no executable it looks for', () => {
    const { d } = deps(['/usr/bin/apt-get'], { chromium: '/usr/lib/chromium/chromium' });
    expect(() => ensureBrowser(CHROMIUM, d)).toThrow(/apt-get installed chromium, yet none/);
  });
});

describe('findBrowser', () => {
  it('never installs: a missing browser is an error naming npm run browsers', () => {
    const { d, ran } = deps(['/usr/bin/apt-get'], { chromium: '/usr/bin/chromium' });
    expect(() => findBrowser(CHROMIUM, d.machine)).toThrow(/fix: npm run browsers/);
    expect(ran).toEqual([]);
  });
});
