import { describeProbeRound } from './probe-rounds';

/**
 * Round 3 of the as-typed probe.
 * - test/fixtures/requests/as-typed-r3/: correct requests as staff type them (Ilaris for each
 *   indication and weight band, infliximab and its biosimilars, ~30 drugs no pack checks), with
 *   EHR pastes, tabs, ALL CAPS, lb weights, "N/A" answers, lab flags and ranges, renewals. None may
 *   get an error or a warning.
 * - test/fixtures/requests/wrong-r3/: requests with one real mistake each; expected.json names the
 *   rule that must raise an error or a warning for it.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({ name: 'round 3', correct: 'as-typed-r3', wrong: 'wrong-r3', knownCorrect: {}, knownWrong: {} });
