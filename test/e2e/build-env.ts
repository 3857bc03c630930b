/**
 * The environment for builds started from the tests: vitest sets NODE_ENV=test, and a build
 * inheriting it ships React's development code in the popup and options pages (twice their
 * size), unlike the `npm run build` staff get. Without it, each build picks its own mode.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const { NODE_ENV: _test, ...env } = process.env;
  return env;
}
