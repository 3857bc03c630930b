import type { Plugin } from 'vite';

/**
 * The content script's build leaves out the rules' descriptions: only the options page shows
 * them, and the page's script has a 40 KB gzip budget. The rule files stay the one place a
 * description is written; the popup and options builds keep them.
 */

const RULE_FILE = /\/rules\/[^/]+\/[^/]+\/rules\/[^/]+\.ts$/;
/** `description: …,` in a rule's `meta`, up to the next property of that object */
const DESCRIPTION = /^ {2}description:[\s\S]*?,\n(?= {2}\w+:)/m;

export const stripRuleDescription = (code: string): string => code.replace(DESCRIPTION, '');

export function ruleDescriptionsOut(): Plugin {
  return {
    name: 'pa-preflight:rule-descriptions-out',
    enforce: 'pre',
    transform(code, id) {
      if (!RULE_FILE.test(id) || id.endsWith('.test.ts')) return null;
      return { code: stripRuleDescription(code), map: null };
    },
  };
}
