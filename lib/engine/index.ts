export { evaluate, compareFindings, RULE_FAILED } from './evaluate';
export type { EvaluateOptions } from './evaluate';
export { buildChecklist, CHECKLIST_SECTIONS } from './checklist';
export { DEFAULT_SETTINGS, resolveSettings } from './settings';
export { isFilled, compareFieldPaths } from './paths';
export type * from './types';
