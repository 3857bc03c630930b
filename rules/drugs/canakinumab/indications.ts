/** The indications in the Ilaris label, by the id facts, rules and checklists use. */
export const INDICATION_IDS = ['CAPS', 'FMF', 'TRAPS', 'HIDS', 'AOSD', 'SJIA', 'GOUT'] as const;
export type Indication = (typeof INDICATION_IDS)[number];

export const isIndication = (id: string | null | undefined): id is Indication => INDICATION_IDS.includes(id as Indication);
