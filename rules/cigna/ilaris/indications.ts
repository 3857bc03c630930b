/** The indications the Ilaris pack knows, by the id its facts, rules and checklist use. */
export const INDICATION_IDS = ['CAPS', 'FMF', 'TRAPS', 'HIDS', 'AOSD', 'SJIA', 'GOUT'] as const;
export type Indication = (typeof INDICATION_IDS)[number];

export const isIndication = (id: string | null | undefined): id is Indication =>
  INDICATION_IDS.includes(id as Indication);
