import { afterEach } from 'vitest';
import { VOCABULARY } from '@/rules/portals/vocabulary';
import { collectFields } from '@/lib/dom/collect';
import { mayHoldForm } from '@/lib/dom/presence';
import { isRequestForm } from '@/entrypoints/content/reader';
import { qualifyFields, type MappedField } from '@/lib/dom/qualify';
import { readValue } from '@/lib/dom/values';
import { normalizeForm } from '@/lib/form/normalize';
import { rawFromFlat } from '@/lib/form/paths';
import type { PaForm } from '@/lib/form/schema';

/** The mapped fields of the page, as the controller qualifies them (no portal map). A page the
 *  reader finds a request form on is one the content script loads the reader for: every probe
 *  page checks the stub's look (lib/dom/presence.ts) against the reader. */
export function mapped(): MappedField[] {
  const all = qualifyFields(collectFields(document).fields, { maps: [], vocabulary: VOCABULARY, hostname: 'localhost' });
  if (isRequestForm(all) && !mayHoldForm(document)) throw Error('a request form the content script would not load the reader for');
  return all;
}

/** The mapped field of `path` (undefined when nothing claims it). */
export const field = (path: string): MappedField | undefined => mapped().find((m) => m.path === path);

/** Paths and values read from the page, as the controller reads them. */
export function read(): Record<string, string> {
  return Object.fromEntries(mapped().map((m) => [m.path, readValue(m.field)]));
}

/** The request the rules get from the page: what was read, with the units the labels imply, normalized. */
export function normalized(): PaForm {
  const values = { ...read(), ...units() };
  return normalizeForm(rawFromFlat(values));
}

/** Each mapped path's implied unit (from the label or a suffix), when it has one. */
export function units(): Record<string, string> {
  return Object.fromEntries(mapped().flatMap((m) => (m.impliedUnit ? [[m.impliedUnit.path, m.impliedUnit.unit]] : [])));
}

/** Renders `html`; each select then chooses the option marked `selected`, as a browser's parser
 *  does (happy-dom's innerHTML can choose another one when the marked option is not among the
 *  first two). */
export function page(html: string): void {
  document.body.innerHTML = html;
  for (const select of Array.from(document.querySelectorAll('select'))) {
    const marked = Array.from(select.options).filter((o) => o.hasAttribute('selected'));
    if (select.multiple) for (const o of Array.from(select.options)) o.selected = o.hasAttribute('selected');
    else if (marked.length) select.selectedIndex = marked[marked.length - 1]!.index;
  }
}

/** Every collected field's kind and label signals (for diagnosing a misread). */
export function dump(): unknown[] {
  return collectFields(document).fields.map((f) => ({
    el: `${f.element.localName}#${f.element.id}`,
    kind: f.kind,
    lookup: f.lookup,
    row: f.rowIndex,
    value: readValue(f),
    ...Object.fromEntries(Object.entries(f.signals).filter(([, v]) => v !== null && !(Array.isArray(v) && v.length === 0))),
  }));
}

afterEach(() => {
  document.body.innerHTML = '';
});
