import type { PackChecks, Rule } from '@/lib/engine/types';
import * as crpDateFuture from './rules/crp-date-future';
import * as dobInvalid from './rules/dob-invalid';
import * as drugIdentityConflict from './rules/drug-identity-conflict';
import * as icd10Invalid from './rules/icd10-invalid';
import * as memberIdMissing from './rules/member-id-missing';
import * as ndcFormat from './rules/ndc-format';
import * as npiInvalid from './rules/npi-invalid';
import * as valueUnreadable from './rules/value-unreadable';

/** The checks that hold for every drug, in catalog order (`meta` and `check` by name: see the Ilaris pack's checks.ts). */
export const BASE_RULES: Rule[] = [
  { meta: drugIdentityConflict.meta, check: drugIdentityConflict.check },
  { meta: ndcFormat.meta, check: ndcFormat.check },
  { meta: icd10Invalid.meta, check: icd10Invalid.check },
  { meta: crpDateFuture.meta, check: crpDateFuture.check },
  { meta: memberIdMissing.meta, check: memberIdMissing.check },
  { meta: dobInvalid.meta, check: dobInvalid.check },
  { meta: npiInvalid.meta, check: npiInvalid.check },
  { meta: valueUnreadable.meta, check: valueUnreadable.check },
];

/** Checks for any PA request, as the content script runs them: real dates, code shapes, NPI check digit, the member ID. */
export const baseChecks: PackChecks = {
  manifest: { id: 'base', payer: 'any payer', drug: { brand: 'any drug', generic: 'any drug', hcpcs: [], ndcProducts: [] } },
  rules: BASE_RULES,
};
