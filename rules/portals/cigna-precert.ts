import type { PortalMap } from '@/lib/dom/portal';

/**
 * CignaforHCP's precertification wizard, keyed by `data-test-id`. Cigna's real Ilaris screens
 * were not reachable (domain sheet, "Portal forms"): these ids follow the demo portal
 * (`test/portal/FIELDS.md`), which is shaped after the SPA's known conventions (routes under
 * `/app/`, `data-test-id` hooks). Unknown ids fall through to the label vocabulary.
 */
export const cignaPrecert: PortalMap = {
  id: 'cigna-precert',
  hosts: ['cignaforhcp.cigna.com', 'localhost', '127.0.0.1'],
  fields: [
    { testId: 'patient-name', path: 'patient.name' },
    { testId: 'patient-cigna-id', path: 'patient.memberId' },
    { testId: 'patient-dob', path: 'patient.dob' },
    { testId: 'patient-weight', path: 'patient.weight' },
    { testId: 'patient-weight-unit', path: 'patient.weightUnit' },
    { testId: 'provider-name', path: 'prescriber.name' },
    { testId: 'provider-npi', path: 'prescriber.npi' },
    { testId: 'provider-specialty', path: 'prescriber.specialty' },
    { testId: 'provider-phone', path: 'prescriber.phone' },
    { testId: 'provider-fax', path: 'prescriber.fax' },
    { testId: /^dx-code-(\d+)$/, path: 'diagnosis.codes.$1' },
    { testId: 'dx-indication', path: 'diagnosis.indication' },
    { testId: 'med-name', path: 'drug.name' },
    { testId: 'med-jcode', path: 'drug.hcpcs' },
    { testId: 'med-ndc', path: 'drug.ndc' },
    { testId: 'med-dose', path: 'drug.dose' },
    { testId: 'med-dose-unit', path: 'drug.doseUnit' },
    { testId: 'med-units', path: 'drug.units' },
    { testId: 'med-ndc-quantity', path: 'drug.ndcQuantity' },
    { testId: 'med-frequency', path: 'drug.frequency' },
    { testId: 'med-duration', path: 'drug.duration' },
    { testId: 'med-obtained', path: 'drug.obtainedFrom' },
    { testId: 'med-pos', path: 'drug.placeOfService' },
    { testId: 'med-admin-cpt', path: 'drug.adminCpt' },
    { testId: 'med-modifiers', path: 'drug.modifiers' },
    { testId: 'request-service-date', path: 'request.serviceDate' },
    { testId: 'request-date', path: 'request.date' },
    { testId: 'request-type', path: 'request.type' },
    { testId: 'crp-value', path: 'labs.crpValue' },
    { testId: 'crp-unit', path: 'labs.crpUnit' },
    { testId: 'crp-date', path: 'labs.crpDate' },
    { testId: 'crp-reference-range', path: 'labs.crpReferenceRange' },
    { testId: 'crp-uln', path: 'labs.crpUln' },
    { testId: /^therapy-(\d+)-(drug|dose|start|stop|duration|outcome)$/, path: 'priorTherapies.$1.$2' },
    { testId: 'hospitalization', path: 'clinical.hospitalization' },
    { testId: 'colchicine-continuing', path: 'clinical.colchicineContinuing' },
    { testId: 'urate-lowering', path: 'clinical.urateLoweringTherapy' },
    { testId: 'flares-12-months', path: 'clinical.flaresPast12Months' },
    { testId: 'flares-6-months', path: 'clinical.flaresPast6Months' },
  ],
};
