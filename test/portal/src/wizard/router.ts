/**
 * Path routing with the History API, as CignaforHCP does under /app/: every step change is a
 * pushState, so an observer of the page sees SPA navigation rather than page loads.
 */
export const STEPS = [
  { id: 'patient', title: 'Patient' },
  { id: 'provider', title: 'Requesting provider' },
  { id: 'diagnosis', title: 'Diagnosis' },
  { id: 'medication', title: 'Medication' },
  { id: 'clinical', title: 'Clinical' },
  { id: 'review', title: 'Review & submit' },
] as const;

export type StepId = (typeof STEPS)[number]['id'];

export const ROUTE_PREFIX = '/app/precertification/new/';

export function stepFromPath(pathname: string): StepId | null {
  if (!pathname.startsWith(ROUTE_PREFIX)) return null;
  const rest = pathname.slice(ROUTE_PREFIX.length);
  return STEPS.find((s) => s.id === rest)?.id ?? null;
}

export const pathForStep = (step: StepId) => ROUTE_PREFIX + step;
