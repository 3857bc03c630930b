/** The id of the finding that stands in for a rule that threw. */
export const RULE_FAILED = 'rule-failed';
