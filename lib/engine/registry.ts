import type { PaForm } from '../form/schema';
import { selectPack, type SelectOptions } from './applicability';
import { evaluate, type EvaluateOptions } from './evaluate';
import type { PackDocs } from './pack-docs';
import type { Evaluation, PackManifest, PolicyPack, Selection } from './types';

/**
 * The packs a build knows: each drug pack's manifest (read on every page) and how to load its
 * rules (only once a request is for its drug), plus the base checks and what the base knows of
 * other drugs. The entrypoints and scripts name the packs; nothing here does.
 *
 * Two views of the same packs: `RuntimeRegistry` is what the content script imports (rules
 * only), `Registry` adds what the extension's pages show (docs). They are separate values so a
 * bundle of the content script never reaches a docs module (rules/registry.ts lists both).
 */
export interface PackRuntime {
  manifest: PackManifest;
  load(): Promise<PolicyPack>;
}

export interface PackEntry extends PackRuntime {
  /** what the extension's pages show of the pack; never loaded by the content script */
  docs(): Promise<PackDocs>;
}

export interface RuntimeRegistry {
  base: PolicyPack;
  packs: readonly PackRuntime[];
  identity: SelectOptions;
}

export interface Registry extends RuntimeRegistry {
  baseDocs(): Promise<PackDocs>;
  packs: readonly PackEntry[];
}

export const manifestsOf = (registry: RuntimeRegistry): PackManifest[] => registry.packs.map((p) => p.manifest);

/** Which pack, if any, a request is for. */
export const selectFor = (registry: RuntimeRegistry, form: PaForm): Selection =>
  selectPack(form, manifestsOf(registry), registry.identity);

/** The loaded pack a selection names. */
export async function loadSelected(registry: RuntimeRegistry, selection: Selection): Promise<PolicyPack | null> {
  const entry = selection.pack && registry.packs.find((p) => p.manifest.id === selection.pack?.id);
  return entry ? entry.load() : null;
}

/** Selection, loading and evaluation in one step, for the command line and tests. */
export async function evaluateRequest(
  registry: RuntimeRegistry,
  form: PaForm,
  opts: Omit<EvaluateOptions, 'base' | 'selection' | 'pack'>,
): Promise<Evaluation> {
  const selection = selectFor(registry, form);
  const pack = await loadSelected(registry, selection);
  return evaluate(form, { ...opts, base: registry.base, selection, pack });
}

/** Every pack's docs, the base checks first, for the extension's pages and the catalog. */
export const loadAllDocs = async (registry: Registry): Promise<PackDocs[]> =>
  Promise.all([registry.baseDocs(), ...registry.packs.map((p) => p.docs())]);

/** Every pack's rules loaded, for pages that show them all (options, catalog). */
export const loadAll = (registry: RuntimeRegistry): Promise<PolicyPack[]> => Promise.all(registry.packs.map((p) => p.load()));

/**
 * Loads each pack once, the first time a request is for its drug, and says when it has: the
 * content script evaluates with the base checks alone until then and again after.
 */
export function packLoader(registry: RuntimeRegistry, onLoaded: () => void): (selection: Selection) => PolicyPack | null {
  const loaded = new Map<string, PolicyPack>();
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
