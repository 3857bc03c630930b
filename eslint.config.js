// @ts-check
import tseslint from 'typescript-eslint';

/**
 * The import boundary of packs (docs/rule-catalog.md, "How to add a policy pack"): lib/ and components/ serve
 * any pack and import none. Packs live under rules/; entrypoints and scripts name them.
 * The rest of the lint set comes with the ecosystem work.
 */

const PACKS_MESSAGE = 'lib/ and components/ know no pack: take what a pack gives through lib/engine (PolicyPack, PackDocs, Registry), passed in by an entrypoint.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/**'] },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
  },
  {
    files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
    ignores: ['**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)rules(/|$)', message: PACKS_MESSAGE }] }],
    },
  },
  {
    // tests of the page reader use the real label vocabulary and portal map, never a pack
    files: ['lib/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)rules(/(?!portals(/|$))|$)', message: PACKS_MESSAGE }] }],
    },
  },
);
