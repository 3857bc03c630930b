/** The pack's indications are the label's. */
export { INDICATION_IDS, isIndication, type Indication } from '@/rules/drugs/canakinumab/indications';
