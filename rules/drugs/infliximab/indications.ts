/** The indications of the infliximab labels a pack checks, by the id facts, rules and checklists use. */
export const INDICATION_IDS = ['RA', 'CD', 'UC', 'AS', 'PSA', 'PSO'] as const;
export type Indication = (typeof INDICATION_IDS)[number];

export const isIndication = (id: string | null | undefined): id is Indication => INDICATION_IDS.includes(id as Indication);
