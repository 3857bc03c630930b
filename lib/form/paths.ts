import { F, PRIOR_THERAPY_COLUMNS } from './fields';
import type { RawForm } from './schema';

/**
 * Every scalar raw path; `N` stands for a row or list index. The DOM reader and field maps
 * produce values under these paths, and findings point back at them.
 */
export const RAW_FIELD_PATHS: readonly string[] = [
  ...Object.values(F).filter((p) => p !== F.diagnosisCodes && p !== F.priorTherapies),
  'diagnosis.codes.N',
  ...PRIOR_THERAPY_COLUMNS.map((c) => `priorTherapies.N.${c}`),
];

const PATTERNS = new Set(RAW_FIELD_PATHS);

/** Rows and list entries a path may address; guards against "priorTherapies.99999999.drug". */
export const MAX_ROWS = 50;

type Parsed =
  { kind: 'section'; section: string; key: string } | { kind: 'code'; index: number } | { kind: 'therapy'; index: number; column: string };

function parsePath(path: string): Parsed | null {
  const parts = path.split('.');
  const pattern = parts.map((p) => (/^\d+$/.test(p) ? 'N' : p)).join('.');
  if (!PATTERNS.has(pattern)) return null;
  if (pattern === 'diagnosis.codes.N') {
    const index = Number(parts[2]);
    return index < MAX_ROWS ? { kind: 'code', index } : null;
  }
  if (parts[0] === 'priorTherapies') {
    const index = Number(parts[1]);
    return index < MAX_ROWS ? { kind: 'therapy', index, column: parts[2] ?? '' } : null;
  }
  return { kind: 'section', section: parts[0] ?? '', key: parts[1] ?? '' };
}

/** The raw path's pattern (`priorTherapies.1.drug` → `priorTherapies.N.drug`), or null if unknown. */
export function rawPathPattern(path: string): string | null {
  return parsePath(path)
    ? path
        .split('.')
        .map((p) => (/^\d+$/.test(p) ? 'N' : p))
        .join('.')
    : null;
}

export function isRawPath(path: string): boolean {
  return parsePath(path) !== null;
}

type Loose = Record<string, unknown>;

/** A copy of `raw` with the field at `path` set to `value`; `raw` itself when the path is unknown. */
export function setRawPath(raw: RawForm, path: string, value: string): RawForm {
  const p = parsePath(path);
  if (!p) return raw;
  if (p.kind === 'code') {
    const codes = [...(raw.diagnosis?.codes ?? [])];
    while (codes.length < p.index) codes.push('');
    codes[p.index] = value;
    return { ...raw, diagnosis: { ...raw.diagnosis, codes } };
  }
  if (p.kind === 'therapy') {
    const rows = [...(raw.priorTherapies ?? [])];
    while (rows.length <= p.index) rows.push({});
    rows[p.index] = { ...rows[p.index], [p.column]: value };
    return { ...raw, priorTherapies: rows };
  }
  const section = ((raw as Loose)[p.section] ?? {}) as Loose;
  return { ...raw, [p.section]: { ...section, [p.key]: value } } as RawForm;
}

/** The text at `path`, or undefined when it is absent or the path is unknown. */
export function getRawPath(raw: RawForm, path: string): string | undefined {
  const p = parsePath(path);
  if (!p) return undefined;
  let v: unknown;
  if (p.kind === 'code') v = raw.diagnosis?.codes?.[p.index];
  else if (p.kind === 'therapy') v = (raw.priorTherapies?.[p.index] as Loose | undefined)?.[p.column];
  else v = ((raw as Loose)[p.section] as Loose | undefined)?.[p.key];
  return typeof v === 'string' ? v : undefined;
}

/** A raw form from `{ "drug.units": "280", "priorTherapies.0.drug": "methotrexate" }`; unknown paths are ignored. */
export function rawFromFlat(flat: Readonly<Record<string, string>>): RawForm {
  let raw: RawForm = {};
  for (const [path, value] of Object.entries(flat)) {
    if (typeof value === 'string') raw = setRawPath(raw, path, value);
  }
  return raw;
}

/** Every present string field of `raw`, keyed by its path. */
export function flatFromRaw(raw: RawForm): Record<string, string> {
  const flat: Record<string, string> = {};
  const put = (path: string) => {
    const v = getRawPath(raw, path);
    if (v !== undefined) flat[path] = v;
  };
  for (const pattern of RAW_FIELD_PATHS) {
    if (pattern === 'diagnosis.codes.N') {
      (raw.diagnosis?.codes ?? []).forEach((_, i) => put(`diagnosis.codes.${i}`));
    } else if (pattern.startsWith('priorTherapies.N.')) {
      const column = pattern.slice('priorTherapies.N.'.length);
      (raw.priorTherapies ?? []).forEach((_, i) => put(`priorTherapies.${i}.${column}`));
    } else {
      put(pattern);
    }
  }
  return flat;
}
