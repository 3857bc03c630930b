// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The project's lint set: ESLint's and typescript-eslint's recommended rules, React's hooks
 * rules for the extension pages, and the import boundary of packs (docs/rule-catalog.md, "How
 * to add a policy pack"): lib/ and components/ serve any pack and import none. Packs live under
 * rules/; entrypoints and scripts name them. Formatting is Prettier's (`npm run format`), so
 * the rules that would argue with it are off.
 */

const PACKS_MESSAGE =
  'lib/ and components/ know no pack: take what a pack gives through lib/engine (PolicyPack, PackDocs, Registry), passed in by an entrypoint.';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test/portal/dist/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks a binding kept on purpose (a rest sibling left out, a callback's unused argument)
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['**/*.{js,cjs,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['components/**/*.tsx', 'entrypoints/**/*.tsx', 'test/portal/src/**/*.tsx'],
    ...reactHooks.configs.flat.recommended,
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
  prettier,
);
