import type { FollowUpCadence } from '@/lib/followup';
import { CIGNA_APPEALS } from './appeals';

/**
 * What staff do after submitting a Cigna PA, week by week, shared by every Cigna pack.
 *
 * Source: the workflow staff describe in issue 13 ("week 1 status check, week 2 call Cigna if no
 * answer, week 3 peer-to-peer if denied, week 4 internal appeal"). The Cigna domain sheet
 * (shared/domain/ilaris-cigna.md) says nothing about a follow-up cadence: its "Appeals" section
 * gives only the filing periods (internal appeal within 180 days of the denial, decision in 30
 * days), which the last step quotes from `CIGNA_APPEALS`. So the weeks are a working habit, not a
 * Cigna rule: low confidence, a proxy.
 *
 * The wording never names the payer or the drug itself: `{payer}` is filled in only when staff
 * choose to include the names (lib/followup.ts), otherwise it reads "the payer".
 */
export const CIGNA_FOLLOW_UP: FollowUpCadence = {
  steps: [
    {
      id: 'status-check',
      afterDays: 7,
      title: 'Check the request status',
      detail: "Look up the request's status on the portal.",
    },
    {
      id: 'call-payer',
      afterDays: 14,
      title: 'Call {payer} if there is no answer',
      detail: 'If the request still has no decision, call {payer} and ask where it stands.',
    },
    {
      id: 'peer-to-peer',
      afterDays: 21,
      title: 'Peer-to-peer review if denied',
      detail:
        "If the request was denied, ask {payer} for a peer-to-peer review: the prescriber talks the case over with {payer}'s medical reviewer.",
    },
    {
      id: 'internal-appeal',
      afterDays: 28,
      title: 'Internal appeal if the denial stands',
      detail: `If the denial stands, file an internal appeal with {payer}: within ${CIGNA_APPEALS.internal.within}. ${CIGNA_APPEALS.internal.decision.replace(/Cigna/g, '{payer}')}`,
    },
  ],
  source: {
    title: 'Staff follow-up workflow (issue 13); the Cigna domain sheet gives no cadence',
    confidence: 'L',
    proxy: true,
  },
};
