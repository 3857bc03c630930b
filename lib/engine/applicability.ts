import { F } from '@/lib/form/fields';
import type { Ndc, PaForm } from '@/lib/form/schema';
import { HCPCS } from '@/lib/parse/hcpcs';
import { fold } from '@/lib/parse/quote';
import { candidates11, parseNdc } from '@/lib/parse/ndc';
import type { Applicability, Choice, DrugIdentity, DrugProduct, IdentityConflict, PackManifest, Selection, TypedDrug } from './types';

/**
 * Which drug a request is for, read from the three drug identity fields in the order staff
 * and payers name a drug: the drug name, then the HCPCS code, then the NDC product. The first
 * of them that says something decides; a field that says nothing (empty, an unclassified HCPCS
 * code such as J3590, an NDC that cannot be read) passes the question on.
 */

/** The raw fields that say which drug a request is for: a fix never changes them unless the pack is sure. */
export const DRUG_IDENTITY_FIELDS: readonly string[] = [F.drugName, F.hcpcs, F.ndc];

/** What one identity field says about one drug. */
type Vote = 'this' | 'other' | 'silent';

export interface IdentityOptions {
  /** HCPCS codes that name no drug (not otherwise classified), e.g. J3490, J3590 */
  unclassifiedHcpcs: readonly string[];
}

/** The HCPCS code typed, as the normalizer reads it (`parseHcpcs`: "J0638 x 280 units", "Q 5103"), or null when it is no code. */
export function hcpcsOf(form: PaForm): string | null {
  const code = form.drug.hcpcs?.value;
  return code && HCPCS.test(code) ? code : null;
}

/** Lower-case words of a drug name, accents and punctuation dropped ("Ilaris®" → "ilaris"). */
export const nameWords = (text: string): string =>
  ` ${fold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;

/** The NDC products (first 9 digits of each 11-digit reading) an NDC could be: one, or each
 *  reading of 10 bare digits. */
function productsOfNdc(value: Pick<Ndc, 'ndc11' | 'digits'> | null | undefined): string[] {
  if (!value) return [];
  if (value.ndc11) return [value.ndc11.slice(0, 9)];
  return candidates11(value.digits).map((c) => c.ndc11.slice(0, 9));
}

/** The NDC products the request's NDC could be. */
export const ndcProductsOf = (form: PaForm): string[] => productsOfNdc(form.drug.ndc?.value);

/** What the name says: `shared` when it names the drug only by a name another product shares. */
type NameVote = Vote | 'shared';

/** Words that start the history of other drugs in a name ("Entyvio (switching from Remicade)"). */
const HISTORY_BEFORE = /\b(?:after|from|switch\w*|instead|previous\w*|prior|tried|vs|versus|replac\w*|s\/p)\b/i;
/** Words that end a drug's history ("Kineret, Ilaris not tolerated"): the clause before them
 *  names a drug tried, not the one requested. */
const HISTORY_AFTER = /\b(?:failed|failure|not tolerated|intoleran\w*|d\/c(?:'d)?|dc'd|discontinu\w*|stopped|inadequate)\b/i;

/** The part of a drug name that names the drug requested: before the history of others. */
export function requestedPart(name: string): string {
  const before = HISTORY_BEFORE.exec(name);
  const after = HISTORY_AFTER.exec(name);
  if (!before && !after) return name;
  if (before && (!after || before.index <= after.index)) return name.slice(0, before.index);
  // drop the clause the history word ends: back to the last separator before it
  const head = name.slice(0, after?.index ?? name.length);
  const cut = Math.max(...[',', ';', '(', ' - ', ' – ', ' — ', '/'].map((sep) => head.lastIndexOf(sep)));
  return cut > 0 ? head.slice(0, cut) : '';
}

function nameVote(form: PaForm, drug: DrugIdentity): NameVote {
  const typed = form.drug.name?.raw ?? '';
  // a name without letters ("—", "150") says nothing about the drug
  if (!/[a-z]/i.test(typed)) return 'silent';
  const raw = requestedPart(typed);
  // a name that only tells what was tried ("after Ilaris") names no drug this pack checks
  if (!/[a-z]/i.test(raw)) return 'other';
  const words = nameWords(raw);
  const named = (names: readonly string[] = []) => names.some((n) => words.includes(nameWords(n)));
  if (named(drug.otherProducts)) return 'other';
  if (named([drug.brand, ...(drug.aliases ?? [])])) return 'this';
  // before the generic: "infliximab-dyyb" holds the word "infliximab"
  if (named(drug.sharedNames)) return 'shared';
  if (named([drug.generic])) return 'this';
  // a slip of the keys in this drug's own name ("Illaris", "canakinamab", "Remicaid") names no
  // other drug: the code or the NDC decides
  return misspells(words, [drug.brand, drug.generic, ...(drug.aliases ?? [])]) ? 'silent' : 'other';
}

/** Whether a word typed is one or two slips (by its length) from one of `names`' words. */
function misspells(words: string, names: readonly string[]): boolean {
  const typed = words.trim().split(' ');
  return names.some((n) =>
    nameWords(n)
      .trim()
      .split(' ')
      .some((w) => w.length >= 5 && typed.some((t) => editDistance(t, w) <= (w.length >= 8 ? 2 : 1))),
  );
}

/** Levenshtein distance, an adjacent swap counting one ("Inflecrta"). */
function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 2) return 3;
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}

function hcpcsVote(form: PaForm, drug: DrugIdentity, opts: IdentityOptions): Vote {
  const code = hcpcsOf(form);
  if (!code || opts.unclassifiedHcpcs.includes(code)) return 'silent';
  return drug.hcpcs.includes(code) ? 'this' : 'other';
}

function ndcVote(form: PaForm, drug: DrugIdentity): Vote {
  const products = ndcProductsOf(form);
  if (products.length === 0) return 'silent';
  return products.some((p) => drug.ndcProducts.includes(p)) ? 'this' : 'other';
}

/**
 * Whether a request is for `drug`: the first identity field that speaks decides. A name another
 * product shares ("infliximab-dyyb": Inflectra's, and Zymfentra's pen) leaves the question to
 * the HCPCS code and the NDC; the drugs a name says were tried ("…, Ilaris not tolerated") are
 * not the drug requested (`requestedPart`).
 */
export function applicability(form: PaForm, drug: DrugIdentity, opts: IdentityOptions): Applicability {
  const [name, hcpcs, ndc] = [nameVote(form, drug), hcpcsVote(form, drug, opts), ndcVote(form, drug)];
  // a name another product shares says nothing alone: the code or the NDC decides
  const votes = [name === 'shared' ? 'silent' : name, hcpcs, ndc];
  const first = votes.find((v) => v !== 'silent');
  if (first === undefined) return { status: 'unknown' };
  if (first === 'other') return { status: 'does-not-apply' };
  return { status: 'applies', sure: !votes.includes('other') };
}

/** "Ilaris (canakinumab)" */
export const drugTitle = (drug: Pick<DrugIdentity, 'brand' | 'generic'>): string => `${drug.brand} (${drug.generic})`;

/** The NDC products an NDC as typed could be. */
function ndcProductsOfText(ndc: string | null): string[] {
  const r = ndc ? parseNdc(ndc) : null;
  return productsOfNdc(r?.ok ? r.value : null);
}

/**
 * The product of `drug` a request names: the products the requested part of its name
 * (`requestedPart`) names ("Inflectra", "infliximab-dyyb"), narrowed by those its HCPCS code names (J1745: Remicade or the unbranded
 * product) and then its NDC's, each field in the order it decides the drug; a field that would
 * leave none (a code of another product) does not narrow, so the name typed wins. Null when the
 * drug lists no products or the fields leave more than one ("infliximab" with J1745).
 */
export function namedProduct(drug: DrugIdentity, typed: TypedDrug): DrugProduct | null {
  const products = drug.products ?? [];
  // a product the name says was tried before is not the one requested
  const words = nameWords(requestedPart(typed.name));
  const ndcs = ndcProductsOfText(typed.ndc);
  const namers: ((p: DrugProduct) => boolean)[] = [
    (p) => p.names.some((n) => words.includes(nameWords(n))),
    (p) => typed.hcpcs !== null && p.hcpcs.includes(typed.hcpcs),
    (p) => p.ndcProducts.some((n) => ndcs.includes(n)),
  ];
  let left = products;
  for (const names of namers) {
    const narrowed = left.filter(names);
    if (narrowed.length > 0) left = narrowed;
  }
  return left.length === 1 ? (left[0] ?? null) : null;
}

/** How a request for a pack's drug is headed: the product it names ("Remicade (infliximab)"),
 *  else the drug: by its generic name alone when it has several products the request does not
 *  tell apart ("infliximab" with J1745 may be Remicade or the unbranded product). */
const packDrugTitle = (drug: DrugIdentity, typed: TypedDrug): string =>
  namedProduct(drug, typed)?.title ?? (drug.products?.length ? drug.generic : drugTitle(drug));

/** Names of other drugs the base pack knows, to say which drug a request is for. */
export interface OtherDrug {
  brand: string;
  generic: string;
  hcpcs: readonly string[];
}

export const typedDrug = (form: PaForm): TypedDrug => {
  const ndc = form.drug.ndc;
  return { name: form.drug.name?.raw.trim() ?? '', hcpcs: hcpcsOf(form), ndc: ndc ? (ndc.value?.hyphenated ?? ndc.raw.trim()) : null };
};

/**
 * The registry's choice: the first pack that applies. None applies when every pack's drug is
 * ruled out by the first identity field that speaks; unknown while no identity field is filled.
 */
export function choosePack(form: PaForm, packs: readonly PackManifest[], opts: IdentityOptions): Choice {
  let unknown = false;
  let chosen: PackManifest | null = null;
  let sure = false;
  for (const pack of packs) {
    const answer = applicability(form, pack.drug, opts);
    if (answer.status === 'applies') {
      [chosen, sure] = [pack, answer.sure];
      break;
    }
    if (answer.status === 'unknown') unknown = true;
  }
  if (chosen) return { status: 'applies', pack: chosen, sure };
  // a pack that applies reports the fields naming another drug itself (its identity rules)
  const conflicts = identityConflicts(form, packs, opts);
  const none: Choice = { status: unknown ? 'unknown' : 'none', pack: null, sure: false };
  return conflicts.length ? { ...none, conflicts } : none;
}

/** The HCPCS code or NDC naming a pack's drug on a request an earlier field says is for another. */
function identityConflicts(form: PaForm, packs: readonly PackManifest[], opts: IdentityOptions): IdentityConflict[] {
  return packs.flatMap((pack) => {
    const votes: [string, Vote][] = [
      [F.hcpcs, hcpcsVote(form, pack.drug, opts)],
      [F.ndc, ndcVote(form, pack.drug)],
    ];
    return votes.filter(([, v]) => v === 'this').map(([field]) => ({ field, drug: drugTitle(pack.drug) }));
  });
}

/**
 * The choice in words, for the popup and the command line: the drugs the packs check, and the
 * drug read from the request: the pack's drug, by the product the request names when the drug
 * has several ("Inflectra (infliximab-dyyb)", `namedProduct`); a drug the base pack knows, by
 * brand and generic, when the name says its brand ("humira pen") or, with no name, its HCPCS
 * code says it (J0135 → "Humira (adalimumab)"); else the name as typed, which may be a
 * biosimilar or another brand of the same generic, with the generic its HCPCS code names when
 * the name does not say it ("Hadlima" with J0135 → "Hadlima (adalimumab)"); else the HCPCS
 * code, else the NDC.
 */
export function describeChoice(choice: Choice, typed: TypedDrug, packs: readonly PackManifest[], others: readonly OtherDrug[]): Selection {
  const known = packs.map((p) => drugTitle(p.drug));
  return { ...choice, read: choice.pack ? packDrugTitle(choice.pack.drug, typed) : readDrug(typed, others), known };
}

/** The requested part of a drug name (`requestedPart`) as a title: without the separator the
 *  history was cut at, its parenthesis closed ("Entyvio (vedolizumab IV, failed Remicade)" →
 *  "Entyvio (vedolizumab IV)"). */
function requestedTitle(name: string): string {
  const part = requestedPart(name).replace(/[\s,;:(/&+–—-]+$/, '');
  return part.split('(').length > part.split(')').length ? `${part})` : part;
}

/** The drug a request is for, in words: read from the requested part of the name only, so a drug
 *  the name says was tried before ("Skyrizi IV - failed Remicade & Stelara") is not taken for it;
 *  a name that tells only history ("s/p Remicade") leaves it to the HCPCS code and the NDC. */
function readDrug({ name, hcpcs, ndc }: TypedDrug, others: readonly OtherDrug[]): string | null {
  const requested = requestedTitle(name);
  const words = nameWords(requested);
  const byBrand = others.find((d) => words.includes(nameWords(d.brand)));
  if (byBrand) return drugTitle(byBrand);
  const byCode = hcpcs ? others.find((d) => d.hcpcs.includes(hcpcs)) : undefined;
  if (/[a-z]/i.test(requested)) {
    // a generic in the name, suffixed or not ("adalimumab-atto"), is not its reference brand
    const typed = requested.length > 60 ? `${requested.slice(0, 57)}...` : requested;
    const saysGeneric = others.some((d) => words.includes(nameWords(d.generic)));
    return byCode && !saysGeneric ? `${typed} (${byCode.generic})` : typed;
  }
  if (byCode) return drugTitle(byCode);
  if (hcpcs) return `HCPCS ${hcpcs}`;
  return ndc ? `NDC ${ndc}` : null;
}

/** `choosePack` in words (`describeChoice`). */
export const selectPack = (
  form: PaForm,
  packs: readonly PackManifest[],
  opts: IdentityOptions,
  others: readonly OtherDrug[] = [],
): Selection => describeChoice(choosePack(form, packs, opts), typedDrug(form), packs, others);
