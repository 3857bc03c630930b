import { describe, expect, it } from 'vitest';
import { CHROMIUM, FIREFOX, planBrowser, type Machine } from './plan';

/** A machine with these executables (and plain files), user and environment. */
function machine(executables: string[], opts: { env?: Record<string, string>; root?: boolean; files?: string[] } = {}): Machine {
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin', ...opts.env },
    isExecutable: (path) => executables.includes(path),
    exists: (path) => executables.includes(path) || (opts.files ?? []).includes(path),
    isRoot: opts.root ?? false,
  };
}

const may = { mayInstall: true };

describe('finding a browser', () => {
  it('uses the executable CHROMIUM_PATH names, before any on PATH', () => {
    const m = machine(['/opt/chrome/chrome', '/usr/bin/chromium'], { env: { CHROMIUM_PATH: '/opt/chrome/chrome' } });
    expect(planBrowser(CHROMIUM, m, may)).toEqual({ kind: 'use', path: '/opt/chrome/chrome' });
  });

  it('stops on a CHROMIUM_PATH that does not exist, even with Chromium installed, and says to unset it', () => {
    const m = machine(['/usr/bin/chromium', '/usr/bin/apt-get'], { env: { CHROMIUM_PATH: '/nonexistent' }, root: true });
    const plan = planBrowser(CHROMIUM, m, may);
    expect(plan).toMatchObject({ kind: 'fail', reason: 'CHROMIUM_PATH=/nonexistent does not exist.' });
    expect(plan.kind === 'fail' && plan.fix).toMatch(/^unset CHROMIUM_PATH/);
  });

  it('stops on a FIREFOX_PATH naming a file that is not executable', () => {
    const m = machine(['/usr/bin/firefox-esr'], { env: { FIREFOX_PATH: '/tmp/notes.txt' }, files: ['/tmp/notes.txt'] });
    expect(planBrowser(FIREFOX, m, may)).toMatchObject({ kind: 'fail', reason: 'FIREFOX_PATH=/tmp/notes.txt is not an executable file.' });
  });

  it('takes an empty CHROMIUM_PATH as unset', () => {
    const m = machine(['/usr/bin/chromium'], { env: { CHROMIUM_PATH: '' } });
    expect(planBrowser(CHROMIUM, m, may)).toEqual({ kind: 'use', path: '/usr/bin/chromium' });
  });

  it('prefers chromium, then chromium-browser, then google-chrome, along PATH in order', () => {
    expect(planBrowser(CHROMIUM, machine(['/usr/bin/google-chrome', '/usr/local/bin/chromium-browser']), may)).toEqual({
      kind: 'use',
      path: '/usr/local/bin/chromium-browser',
    });
    expect(planBrowser(CHROMIUM, machine(['/usr/bin/chromium', '/usr/local/bin/chromium']), may)).toEqual({
      kind: 'use',
      path: '/usr/local/bin/chromium',
    });
    expect(planBrowser(CHROMIUM, machine(['/usr/bin/google-chrome']), may)).toEqual({ kind: 'use', path: '/usr/bin/google-chrome' });
  });

  it('looks in /usr/bin even when PATH leaves it out', () => {
    const m = machine(['/usr/bin/firefox-esr'], { env: { PATH: '/home/me/bin' } });
    expect(planBrowser(FIREFOX, m, may)).toEqual({ kind: 'use', path: '/usr/bin/firefox-esr' });
  });

  it('prefers firefox-esr to the firefox wrapper', () => {
    expect(planBrowser(FIREFOX, machine(['/usr/bin/firefox', '/usr/bin/firefox-esr']), may)).toEqual({
      kind: 'use',
      path: '/usr/bin/firefox-esr',
    });
  });
});

describe('when no browser is found', () => {
  it("plans apt-get update and install of Debian's package for root with apt-get, non-interactively", () => {
    const m = machine(['/usr/bin/apt-get'], { root: true });
    expect(planBrowser(CHROMIUM, m, may)).toEqual({
      kind: 'install',
      package: 'chromium',
      commands: [
        ['/usr/bin/apt-get', 'update'],
        ['/usr/bin/apt-get', 'install', '-y', 'chromium'],
      ],
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    });
    expect(planBrowser(FIREFOX, m, may)).toMatchObject({ kind: 'install', package: 'firefox-esr' });
  });

  it('does not install where installing is not allowed, and names the command that does', () => {
    const m = machine(['/usr/bin/apt-get'], { root: true });
    expect(planBrowser(FIREFOX, m, { mayInstall: false })).toMatchObject({ kind: 'fail', fix: expect.stringMatching(/^npm run browsers/) });
  });

  it('gives a user who is not root the sudo apt-get command', () => {
    const m = machine(['/usr/bin/apt-get'], { root: false });
    expect(planBrowser(FIREFOX, m, may)).toMatchObject({ kind: 'fail', fix: 'sudo apt-get install -y firefox-esr' });
  });

  it('without apt-get, says to point CHROMIUM_PATH at an installed browser', () => {
    const plan = planBrowser(CHROMIUM, machine([], { root: true }), may);
    expect(plan).toMatchObject({
      kind: 'fail',
      reason: expect.stringContaining('Chromium not found (looked for chromium, chromium-browser'),
    });
    expect(plan.kind === 'fail' && plan.fix).toMatch(/^export CHROMIUM_PATH=/);
  });

  it('after an install that left no executable, fails instead of installing again', () => {
    const m = machine(['/usr/bin/apt-get'], { root: true });
    expect(planBrowser(CHROMIUM, m, { mayInstall: true, afterInstall: true })).toMatchObject({
      kind: 'fail',
      reason: expect.stringContaining('apt-get installed chromium'),
    });
  });
});
