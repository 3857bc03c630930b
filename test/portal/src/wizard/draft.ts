/**
 * The wizard's own state: what a payer SPA keeps in memory while a precertification request is
 * drafted. It lives above the step components, so values survive step changes and remounts.
 */
export interface TherapyRow {
  /** stable React key so removing a row does not shift the other rows' inputs */
  key: number;
  drug: string;
  dose: string;
  start: string;
  stop: string;
  outcome: string;
}

export interface Draft {
  patientName: string;
  cignaId: string;
  dob: string;
  weight: string;
  weightUnit: string;
  physicianName: string;
  npi: string;
  specialty: string;
  officePhone: string;
  officeFax: string;
  dxCode0: string;
  dxCode1: string;
  indication: string;
  medication: string;
  jcode: string;
  ndc: string;
  dose: string;
  doseUnit: string;
  units: string;
  ndcQuantity: string;
  frequency: string;
  duration: string;
  obtainedFrom: string;
  placeOfService: string;
  adminCpt: string;
  modifiers: string;
  serviceDate: string;
  requestType: string;
  crpValue: string;
  crpUnit: string;
  crpDate: string;
  crpReferenceRange: string;
  crpUln: string;
  therapies: TherapyRow[];
  hospitalization: string;
  colchicineContinuing: string;
  urateLowering: string;
  flares12: string;
}

export type DraftText = Exclude<keyof Draft, 'therapies'>;
export type TherapyColumn = Exclude<keyof TherapyRow, 'key'>;

export const emptyTherapy = (key: number): TherapyRow => ({
  key,
  drug: '',
  dose: '',
  start: '',
  stop: '',
  outcome: '',
});

export const initialDraft = (): Draft => ({
  patientName: '',
  cignaId: '',
  dob: '',
  weight: '',
  weightUnit: 'kg',
  physicianName: '',
  npi: '',
  specialty: '',
  officePhone: '',
  officeFax: '',
  dxCode0: '',
  dxCode1: '',
  indication: '',
  medication: '',
  jcode: '',
  ndc: '',
  dose: '',
  doseUnit: 'mg',
  units: '',
  ndcQuantity: '',
  frequency: '',
  duration: '',
  obtainedFrom: '',
  placeOfService: '',
  adminCpt: '',
  modifiers: '',
  serviceDate: '',
  requestType: '',
  crpValue: '',
  crpUnit: 'mg/L',
  crpDate: '',
  crpReferenceRange: '',
  crpUln: '',
  therapies: [emptyTherapy(0)],
  hospitalization: '',
  colchicineContinuing: '',
  urateLowering: '',
  flares12: '',
});
