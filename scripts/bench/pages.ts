import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPortalServer } from '@/scripts/serve-portal';

/**
 * Pages the bench loads besides the wizard, served from a temp copy of the built demo portal
 * on 127.0.0.1 (which the e2e build's content script matches):
 * - `fax-filled.html`: the demo's fax-shaped form with a request already typed in, so warnings
 *   show as soon as the content script has read the page;
 * - `scale-<n>.html`: n labelled inputs in fieldsets, six of them a request's drug fields
 *   (labelled as on the fax form, with values) in the middle, the rest remarks no rule reads;
 *   each loads `reference-scan.js` (REFERENCE_SCAN), the page's own pass over its fields.
 */

const DIST = fileURLToPath(new URL('../../test/portal/dist/', import.meta.url));

export const SCALES = [50, 500, 5000] as const;
export const UNITS_PATH = 'drug.units';

/** Values typed into the fax form, by input id: a 10-digit NDC (flagged at once), the rest of
 *  the worked case's drug fields; the billing units are left for the keystroke runs. */
const FAX_VALUES: Record<string, string> = {
  f15: '70',
  f1: 'Ilaris',
  f25: '280 mg',
  f19: 'J0638',
  f3: '0078073461',
};

function withValues(html: string, values: Record<string, string>): string {
  let out = html;
  for (const [id, value] of Object.entries(values)) {
    const tag = new RegExp(`<input([^>]*\\bid="${id}")`);
    if (!tag.test(out)) throw new Error(`the demo fax form has no input #${id}`);
    out = out.replace(tag, `<input value="${value}"$1`);
  }
  return out;
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');

function field(id: string, label: string, value = ''): string {
  const v = value ? ` value="${escape(value)}"` : '';
  return `<div class="f"><label for="${id}">${escape(label)}</label> <input type="text" id="${id}" name="${id}"${v}></div>`;
}

/** The request's fields on a scale page: six fields, the ones the keystroke runs use. */
function drugBlock(): string {
  return [
    '<fieldset><legend>Medication information</legend>',
    field('d1', "Patient's current weight (kg)", '70'),
    field('d2', 'Medication requested', 'Ilaris'),
    field('d3', 'Dose', '280 mg'),
    field('d4', 'J-Code', 'J0638'),
    field('d5', 'NDC #', '0078073461'),
    field('d6', 'Billing units'),
    '</fieldset>',
  ].join('\n');
}

/** The URL part of the reference scan, as the trace names it. */
export const REFERENCE_SCAN = 'reference-scan.js';

/**
 * The least any reader of a form must do: one pass reading every control's value and the text
 * of its first label (what `el.labels[0]` names: the first `<label for>` of its id in document
 * order, else the label wrapping it). Chromium's `el.labels` walks the document on each call
 * (about 2 s for 5,000 fields), so the labels are indexed once, in one pass, as any reader
 * would. A deferred page script, so the trace times it (its EvaluateScript) in the same load, on
 * the same DOM and CPU, as the content script's first scan.
 */
export const REFERENCE_SCAN_SOURCE = `(() => {
  const byFor = new Map();
  for (const label of document.querySelectorAll('label[for]')) {
    const id = label.htmlFor;
    if (!byFor.has(id)) byFor.set(id, label);
  }
  let chars = 0;
  for (const el of document.querySelectorAll('input, select, textarea')) {
    chars += el.value.length;
    const label = (el.id && byFor.get(el.id)) || el.closest('label');
    if (label) chars += (label.textContent || '').length;
  }
  window.__paBenchReference = chars;
})();
`;

export function scalePage(total: number): string {
  const filler = total - 6;
  const before = Math.floor(filler / 2);
  const parts: string[] = [];
  for (let i = 0; i < filler; i++) {
    if (i === before) parts.push(drugBlock());
    if (i % 20 === 0) parts.push(`${i ? '</fieldset>' : ''}<fieldset><legend>Section ${i / 20 + 1}</legend>`);
    parts.push(field(`g${i}`, `Remark ${i + 1}`));
  }
  parts.push('</fieldset>');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Scale ${total}</title>
<style>body{font:14px sans-serif;margin:16px}fieldset{margin:8px 0}.f{display:inline-block;margin:2px 8px}label{margin-right:4px}</style>
<script src="${REFERENCE_SCAN}" defer></script>
</head><body><form autocomplete="off">
${parts.join('\n')}
</form></body></html>`;
}

export interface BenchPages {
  url: string;
  close(): Promise<void>;
}

export async function serveBenchPages(): Promise<BenchPages> {
  const dir = await mkdtemp(join(tmpdir(), 'pa-preflight-bench-pages-'));
  await cp(DIST, dir, { recursive: true });
  await writeFile(join(dir, 'fax-filled.html'), withValues(await readFile(join(DIST, 'fax.html'), 'utf8'), FAX_VALUES));
  for (const n of SCALES) await writeFile(join(dir, `scale-${n}.html`), scalePage(n));
  await writeFile(join(dir, REFERENCE_SCAN), REFERENCE_SCAN_SOURCE);
  const server = await startPortalServer({ port: 0, root: dir });
  return {
    url: server.url,
    async close() {
      await server.close().catch(() => undefined);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
