import { describeProbeRound } from './probe-rounds';

/**
 * Round 4 of the as-typed probe.
 * - test/fixtures/requests/as-typed-r4/: correct requests with fields as EHRs export them (Epic
 *   problem-list lines and sigs, Cerner dd-Mon-yyyy stamps, athenahealth and eClinicalWorks
 *   "description - code" lines, NextGen bracketed ranges, ISO date-times), label edges (weights at
 *   15/40 kg, ages exactly at a minimum, CRP exactly 10 mg/L or 2x ULN and exactly 90 days old, gout
 *   retreatment exactly 84 days), every infliximab product with its HCPCS and NDC, and other drugs
 *   whose names or histories mention Ilaris or infliximab. None may get an error or a warning.
 * - test/fixtures/requests/wrong-r4/: requests with one real mistake each, at the edge of a rule;
 *   expected.json names the rule that must raise an error or a warning for it.
 * Each request is dated around 11/20/2026 and checked on 2026-12-03.
 */
describeProbeRound({ name: 'round 4', correct: 'as-typed-r4', wrong: 'wrong-r4', knownCorrect: {}, knownWrong: {} });
