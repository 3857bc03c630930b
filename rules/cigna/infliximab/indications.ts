/** The pack's indications are the labels'. */
export { INDICATION_IDS, isIndication, type Indication } from '@/rules/drugs/infliximab/indications';
