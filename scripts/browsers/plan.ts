import { delimiter, join } from 'node:path';

/**
 * Which browser executable the demo, the e2e suites and the bench use, decided without touching
 * the machine: what the machine offers comes in as `Machine`, and the answer says to use a path,
 * to install a Debian package, or to stop with the one command that fixes it (ensure.ts acts on it).
 */

export interface BrowserSpec {
  /** as printed, e.g. "Chromium" */
  name: string;
  /** the variable that names an executable and overrides the search */
  envVar: string;
  /** executables looked for on PATH and in /usr/bin, in this order */
  commands: string[];
  /** Debian's package providing the first command */
  aptPackage: string;
}

export const CHROMIUM: BrowserSpec = {
  name: 'Chromium',
  envVar: 'CHROMIUM_PATH',
  commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
  aptPackage: 'chromium',
};

/** Firefox ESR first: Debian's /usr/bin/firefox is a shell wrapper around it. */
export const FIREFOX: BrowserSpec = {
  name: 'Firefox',
  envVar: 'FIREFOX_PATH',
  commands: ['firefox-esr', 'firefox'],
  aptPackage: 'firefox-esr',
};

/** What the plan may look at. */
export interface Machine {
  env: Record<string, string | undefined>;
  /** a regular file the user may execute */
  isExecutable(path: string): boolean;
  exists(path: string): boolean;
  isRoot: boolean;
}

export type Plan =
  | { kind: 'use'; path: string }
  | { kind: 'install'; package: string; commands: string[][]; env: Record<string, string> }
  | { kind: 'fail'; reason: string; fix: string };

/** Folders searched for the commands: PATH, then /usr/bin (a PATH without it is common under sudo -E or in CI images). */
function searchDirs(env: Machine['env']): string[] {
  const dirs = (env.PATH ?? '').split(delimiter).filter((d) => d !== '');
  return [...new Set([...dirs, '/usr/bin'])];
}

/** The first executable of `commands` along `dirs`. */
export function locate(commands: string[], machine: Machine): string | null {
  const dirs = searchDirs(machine.env);
  for (const command of commands) {
    for (const dir of dirs) {
      const path = join(dir, command);
      if (machine.isExecutable(path)) return path;
    }
  }
  return null;
}

export interface PlanOptions {
  /** whether installing is allowed here (a test worker only looks; setup and CLIs install) */
  mayInstall: boolean;
  /** the package was just installed: a second miss is a failure, not another install */
  afterInstall?: boolean;
}

/** What to do to get `spec`'s executable on `machine`. */
export function planBrowser(spec: BrowserSpec, machine: Machine, options: PlanOptions): Plan {
  const named = machine.env[spec.envVar];
  if (named !== undefined && named !== '') {
    // a path the user chose is never second-guessed: a typo must not run another browser
    if (machine.isExecutable(named)) return { kind: 'use', path: named };
    const reason = machine.exists(named) ? `${spec.envVar}=${named} is not an executable file.` : `${spec.envVar}=${named} does not exist.`;
    return { kind: 'fail', reason, fix: `unset ${spec.envVar}    # or set it to the ${spec.name} executable` };
  }

  const found = locate(spec.commands, machine);
  if (found) return { kind: 'use', path: found };

  const looked = `${spec.name} not found (looked for ${spec.commands.join(', ')} on PATH and in /usr/bin).`;
  const aptGet = locate(['apt-get'], machine);
  if (options.afterInstall) {
    return {
      kind: 'fail',
      reason: `${looked} apt-get installed ${spec.aptPackage}, yet none of those executables appeared.`,
      fix: `export ${spec.envVar}=/path/to/${spec.commands[0]}`,
    };
  }
  if (aptGet && machine.isRoot) {
    if (!options.mayInstall) return { kind: 'fail', reason: looked, fix: 'npm run browsers    # installs it with apt-get' };
    return {
      kind: 'install',
      package: spec.aptPackage,
      commands: [
        [aptGet, 'update'],
        [aptGet, 'install', '-y', spec.aptPackage],
      ],
      env: { DEBIAN_FRONTEND: 'noninteractive' },
    };
  }
  if (aptGet) return { kind: 'fail', reason: looked, fix: `sudo apt-get install -y ${spec.aptPackage}` };
  return { kind: 'fail', reason: looked, fix: `export ${spec.envVar}=/path/to/${spec.commands[0]}    # after installing ${spec.name}` };
}
