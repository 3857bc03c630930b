import type { AppealRules, AppealState, ReviewRule } from '@/lib/appeals';

/**
 * Filing deadlines after a Cigna denial (domain sheet, "Appeals"), shared by every Cigna pack.
 */

const INTERNAL_APPEAL: ReviewRule = {
  title: 'Internal appeal to Cigna',
  period: { days: 180 },
  within: '180 days of the denial',
  decision: 'Cigna decides within 30 days.',
  source: { title: 'Cigna appeals process (domain sheet, Appeals)', confidence: 'H' },
};

const EXTERNAL_REVIEW: Record<AppealState, ReviewRule> = {
  CA: {
    title: 'Independent Medical Review (California DMHC)',
    period: { months: 6 },
    within: "6 months of Cigna's final decision",
    decision: 'About 30 days; 3–7 days when expedited.',
    source: { title: 'California DMHC Independent Medical Review', confidence: 'H' },
  },
  GA: {
    title: 'External review (Georgia Department of Insurance)',
    period: { days: 60 },
    within: "60 days of Cigna's final decision",
    decision: 'About 30–45 days; 72 hours when expedited.',
    // only consumer guides state the 60 days
    source: { title: 'Georgia Department of Insurance consumer guides', confidence: 'L' },
  },
  other: {
    title: 'External review',
    period: { months: 4 },
    within: "4 months of Cigna's final decision",
    decision: 'Ask Cigna or the state insurance department for the reviewer’s timeline.',
    source: { title: 'Cigna external review (general)', confidence: 'M' },
  },
};

export const CIGNA_APPEALS: AppealRules = { payer: 'Cigna', internal: INTERNAL_APPEAL, external: EXTERNAL_REVIEW };
