/**
 * `npm run catalog`: writes docs/rule-catalog.md from the policy pack, so the documented rules,
 * severities and sources are the ones that ship. `--check` exits 1 when the file is out of date.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PolicyPack, RuleCategory, RuleSource } from '../lib/engine/types';
import { cignaIlarisPack } from '../rules/cigna/ilaris';
import { CRP, DOSING, DRUG, ILARIS_NDCS, INDICATIONS, type Fact } from '../rules/cigna/ilaris/facts';

export const CATALOG_PATH = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'rule-catalog.md');

const CATEGORY_TITLES: Record<RuleCategory, string> = {
  coding: 'Coding',
  diagnosis: 'Diagnosis',
  labs: 'Labs',
  patient: 'Patient',
  prescriber: 'Prescriber',
  priorTherapy: 'Prior therapy',
};

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');

const source = (s: RuleSource): string => `${s.url ? `[${cell(s.title)}](${s.url})` : cell(s.title)} (${s.confidence})`;

function rulesTable(pack: PolicyPack): string[] {
  return [
    '| id | severity | category | what it checks | source (confidence) | proxy |',
    '|---|---|---|---|---|---|',
    ...pack.rules.map(({ meta }) =>
      [
        '',
        `\`${meta.id}\``,
        meta.severity,
        CATEGORY_TITLES[meta.category],
        cell(meta.description),
        source(meta.source),
        meta.source.proxy ? 'yes' : '',
        '',
      ].join(' | ').trim(),
    ),
  ];
}

const factRow = (what: string, f: Fact<unknown>, value: string): string => `| ${what} | ${cell(value)} | ${source(f.source)} |`;

function factsTable(): string[] {
  const hcpcs = DRUG.hcpcs.value;
  return [
    '| fact | value | source (confidence) |',
    '|---|---|---|',
    factRow('Vial size', DRUG.vialSizeMg, `${DRUG.vialSizeMg.value} mg (single-dose vial)`),
    factRow('Largest single dose', DRUG.maxDoseMg, `${DRUG.maxDoseMg.value} mg`),
    factRow('HCPCS', DRUG.hcpcs, `${hcpcs.code} "${hcpcs.descriptor}": 1 unit = ${hcpcs.mgPerUnit} mg`),
    ...ILARIS_NDCS.map((n) =>
      factRow('NDC', { value: n, source: n.source }, `${n.hyphenated}: ${n.description}${n.verified ? '' : ' (warn, do not fail)'}`),
    ),
    factRow('NDC unit of measure', DRUG.ndcQuantityUnits, `${DRUG.ndcQuantityUnits.value.join(', ')} (never MG)`),
    factRow('Administration', DRUG.adminCpt, `CPT ${DRUG.adminCpt.value.code}, ${DRUG.adminCpt.value.descriptor}`),
    factRow(
      'Place of service',
      DRUG.placesOfService,
      Object.entries(DRUG.placesOfService.value)
        .map(([c, n]) => `${c} ${n}`)
        .join('; '),
    ),
    factRow('CRP criterion', CRP.thresholdMgL, `≥ ${CRP.thresholdMgL.value} mg/L or ≥ ${CRP.ulnMultiple.value}× ULN; 1 mg/dL = ${CRP.mgLPerMgDl.value} mg/L`),
    ...Object.values(INDICATIONS).map((ind) => {
      const dosing = DOSING.value[ind.id];
      const bands = dosing.bands
        .map((b) => `${b.bandText}: ${b.mg !== undefined ? `${b.mg} mg` : `${b.mgPerKg} mg/kg`}${b.upToMg ? ` (to ${b.upToMg} mg)` : ''}${b.upToMgPerKg ? ` (to ${b.upToMgPerKg} mg/kg)` : ''}${b.capMg ? `, max ${b.capMg} mg` : ''}`)
        .join('; ');
      const codes = ind.codes.length > 3 ? `${ind.codes.slice(0, 3).join(', ')}, … (${ind.codes.length} codes)` : ind.codes.join(', ');
      return factRow(
        ind.label,
        ind.minAgeYears,
        `ICD-10-CM ${codes}; from age ${ind.minAgeYears.value}; ${bands}; ${dosing.intervalText}; prescriber: ${ind.specialties.value.join(', ')}`,
      );
    }),
  ];
}

const HOW_TO_ADD_A_PACK = `## How to add a policy pack

A policy pack is one payer × drug: \`rules/<payer>/<drug>/\`, exporting a \`PolicyPack\`
(\`lib/engine/types.ts\`). Copy the shape of \`rules/cigna/ilaris/\`:

1. **\`facts.ts\`**: every number, code and list the rules need (vial size, dose caps, HCPCS,
   NDCs, ICD-10 codes per indication, ages, specialties, thresholds), each wrapped as
   \`{ value, source }\` with a title, URL where there is one, confidence H/M/L, and
   \`proxy: true\` when the payer's own text was not available. Nothing else states these values.
2. **\`rules/<id>.ts\`**, one file per rule: \`meta\` (stable kebab-case \`id\`, \`severity\`,
   \`category\`, a one-line \`description\`, the raw field paths it reads from
   \`lib/form/fields.ts\`, and the \`source\` from facts) and \`check(form, ctx)\` returning
   findings. Messages quote what was typed, state the expected value with numbers read from
   facts, add \`(proxy criterion, not <payer>'s own text)\` when the source is a proxy, and offer
   a \`fix\` (field + value as a user would type it) when one value is right. A rule fires only
   on what is filled; \`*-missing\` rules fire once the related section is started.
3. **\`rules/<id>.test.ts\`** beside it: valid cases and invalid cases, through
   \`normalizeForm\` so tests read like what staff type.
4. **\`checklist.ts\`**: the audit items, each with its fields and the rules that make it a
   problem, or \`manual: true\` for items staff tick.
5. **\`index.ts\`**: the pack (\`id\`, \`payer\`, \`drug\`, \`facts\`, \`rules\`, \`checklist\`, and
   \`inferIndication\` when the codes decide the indication).
6. Run \`npm run catalog\` to regenerate this page and \`npx vitest run --project unit rules\`.

Rules run in the engine (\`lib/engine/evaluate.ts\`): pure, synchronous, each in a try/catch,
so a rule that throws becomes one \`rule-failed\` finding and the others still run. Users can
switch a rule off or change its severity by id in the options page, so ids never change.
`;

/** The catalog page for a pack. */
export function renderCatalog(pack: PolicyPack = cignaIlarisPack): string {
  return [
    `# Rule catalog: ${pack.payer} × ${pack.drug}`,
    '',
    '<!-- Generated by `npm run catalog` from the policy pack; edit the rules, not this file. -->',
    '',
    `${pack.rules.length} rules. **Severity**: an error will likely get the request rejected or`,
    'denied; a warning needs a look; info is advice. **Confidence**: H = primary source or several',
    'agreeing, M = one good secondary source or a close proxy, L = marketing or patient-guide text',
    "only. **Proxy**: the threshold comes from similar plans' criteria because Cigna's own text was",
    'not available; the message says so and, where it is a number, settings can change it.',
    '',
    ...rulesTable(pack),
    '',
    '## Facts the rules read',
    '',
    ...factsTable(),
    '',
    HOW_TO_ADD_A_PACK,
  ].join('\n');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const text = renderCatalog();
  if (process.argv.includes('--check')) {
    const current = readFileSync(CATALOG_PATH, 'utf8');
    if (current !== text) {
      console.error('docs/rule-catalog.md is out of date: run npm run catalog');
      process.exitCode = 1;
    }
  } else {
    writeFileSync(CATALOG_PATH, text);
    console.log(`Wrote ${CATALOG_PATH}`);
  }
}
