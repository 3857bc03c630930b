import type { PaForm } from '@/lib/form/schema';
import { choosePack, selectPack, type IdentityOptions, type OtherDrug } from './applicability';
import { evaluate, type EvaluateOptions } from './evaluate';
import type { PackDocs } from './pack-docs';
import type { Choice, Evaluation, PackChecks, PackManifest, PolicyPack, Selection } from './types';

/**
 * The packs a build knows: each drug pack's manifest (read on every page) and how to load its
 * rules (only once a request is for its drug), plus the base checks and what the base knows of
 * other drugs. The entrypoints and scripts name the packs; nothing here does.
 *
 * Two views of the same packs: `RuntimeRegistry` is what the content script imports (a drug
 * pack's checks only), `Registry` adds what the extension's pages and the background show (the
 * pack with its checklist, and its docs). They are separate values so a bundle of the content
 * script never reaches a checklist or docs module (rules/registry.ts lists both).
 */
export interface PackRuntime {
  manifest: PackManifest;
  /** the pack's checks, for the content script */
  load(): Promise<PackChecks>;
}

export interface PackEntry extends PackRuntime {
  /** the pack with its checklist */
  load(): Promise<PolicyPack>;
  /** what the extension's pages show of the pack; never loaded by the content script */
  docs(): Promise<PackDocs>;
}

export interface RuntimeRegistry {
  base: PackChecks;
  packs: readonly PackRuntime[];
  identity: IdentityOptions;
}

export interface Registry extends RuntimeRegistry {
  /** the base checks with their checklist */
  base: PolicyPack;
  /** drugs no pack checks, by name and code, so the popup can name them */
  others: readonly OtherDrug[];
  baseDocs(): Promise<PackDocs>;
  packs: readonly PackEntry[];
}

export const manifestsOf = (registry: RuntimeRegistry): PackManifest[] => registry.packs.map((p) => p.manifest);

/** Which pack, if any, a request is for: what the content script decides. */
export const chooseFor = (registry: RuntimeRegistry, form: PaForm): Choice => choosePack(form, manifestsOf(registry), registry.identity);

/** Which pack, if any, a request is for, in words (the drug read, the drugs the packs check). */
export const selectFor = (registry: Registry, form: PaForm): Selection =>
  selectPack(form, manifestsOf(registry), registry.identity, registry.others);

/** The pack of an id, loaded with its checklist; null for an id no pack has. */
export async function loadPack(registry: Registry, id: string | null | undefined): Promise<PolicyPack | null> {
  const entry = id ? registry.packs.find((p) => p.manifest.id === id) : undefined;
  return entry ? entry.load() : null;
}

/** Selection, loading and evaluation in one step, for the command line and tests. */
export async function evaluateRequest(
  registry: Registry,
  form: PaForm,
  opts: Omit<EvaluateOptions, 'base' | 'selection' | 'pack'>,
): Promise<Evaluation> {
  const selection = selectFor(registry, form);
  const pack = await loadPack(registry, selection.pack?.id);
  return evaluate(form, { ...opts, base: registry.base, selection, pack });
}

/** Every pack's docs, the base checks first, for the extension's pages and the catalog. */
export const loadAllDocs = async (registry: Registry): Promise<PackDocs[]> =>
  Promise.all([registry.baseDocs(), ...registry.packs.map((p) => p.docs())]);

/** Every pack loaded, for pages that show them all (options, catalog). */
export const loadAll = (registry: Registry): Promise<PolicyPack[]> => Promise.all(registry.packs.map((p) => p.load()));

/**
 * Loads each pack once, the first time a request is for its drug, and says when it has: the
 * content script evaluates with the base checks alone until then and again after.
 */
export function packLoader(registry: RuntimeRegistry, onLoaded: () => void): (selection: Choice) => PackChecks | null {
  const loaded = new Map<string, PackChecks>();
  const pending = new Set<string>();
  return (selection) => {
    const id = selection.pack?.id;
    if (!id) return null;
    const pack = loaded.get(id);
    if (pack || pending.has(id)) return pack ?? null;
    const entry = registry.packs.find((p) => p.manifest.id === id);
    if (!entry) return null;
    pending.add(id);
    entry.load().then(
      (p) => {
        loaded.set(id, p);
        pending.delete(id);
        onLoaded();
      },
      () => pending.delete(id),
    );
    return null;
  };
}
