import { spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { planBrowser, type BrowserSpec, type Machine } from './plan';

/** Acts on plan.ts: finds a browser, installs Debian's package when allowed, or reports the fix. */

/** The browser is missing and nothing here could install it; `fix` is the one command to run. */
export class BrowserUnavailable extends Error {
  constructor(
    readonly reason: string,
    readonly fix: string,
  ) {
    super(`${reason}\n  fix: ${fix}`);
    this.name = 'BrowserUnavailable';
  }
}

export function thisMachine(): Machine {
  return {
    env: process.env,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    exists: existsSync,
    isRoot: process.getuid?.() === 0,
  };
}

/** Runs a command with its output shown; answers whether it succeeded. */
export type Run = (command: string[], env: Record<string, string>) => boolean;

const runVisibly: Run = (command, env) => {
  const [file, ...args] = command;
  if (!file) return false;
  const result = spawnSync(file, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
};

export interface EnsureDeps {
  machine: Machine;
  run: Run;
  log: (line: string) => void;
}

const defaults = (): EnsureDeps => ({ machine: thisMachine(), run: runVisibly, log: (line) => console.log(line) });

/** The executable's path, installing the browser first when it is missing and the user is root with apt-get. */
export function ensureBrowser(spec: BrowserSpec, deps: EnsureDeps = defaults()): string {
  const plan = planBrowser(spec, deps.machine, { mayInstall: true });
  if (plan.kind === 'use') return plan.path;
  if (plan.kind === 'fail') throw new BrowserUnavailable(plan.reason, plan.fix);

  deps.log(`${spec.name} not found: installing Debian's ${plan.package} (running as root, apt-get available):`);
  for (const command of plan.commands) {
    deps.log(
      `  $ ${Object.entries(plan.env)
        .map(([k, v]) => `${k}=${v} `)
        .join('')}${command.join(' ')}`,
    );
    if (!deps.run(command, plan.env)) {
      throw new BrowserUnavailable(
        `\`${command.join(' ')}\` failed, so ${spec.name} could not be installed.`,
        `apt-get install -y ${plan.package}`,
      );
    }
  }
  const after = planBrowser(spec, deps.machine, { mayInstall: false, afterInstall: true });
  if (after.kind === 'use') {
    deps.log(`${spec.name} installed: ${after.path}`);
    return after.path;
  }
  throw new BrowserUnavailable(
    after.kind === 'fail' ? after.reason : `${spec.name} is still missing.`,
    after.kind === 'fail' ? after.fix : '',
  );
}

/** The executable's path, never installing (test workers: the suite's global setup installed it). */
export function findBrowser(spec: BrowserSpec, machine: Machine = thisMachine()): string {
  const plan = planBrowser(spec, machine, { mayInstall: false });
  if (plan.kind === 'use') return plan.path;
  // mayInstall: false never plans an install
  throw new BrowserUnavailable(
    plan.kind === 'fail' ? plan.reason : `${spec.name} not found.`,
    plan.kind === 'fail' ? plan.fix : 'npm run browsers',
  );
}

/** For command-line entry points: the path, or the reason and fix on stderr and exit 1 at once. */
export function ensureBrowserOrExit(spec: BrowserSpec): string {
  try {
    return ensureBrowser(spec);
  } catch (error) {
    if (!(error instanceof BrowserUnavailable)) throw error;
    console.error(`${error.reason}\n  fix: ${error.fix}`);
    process.exit(1);
  }
}
