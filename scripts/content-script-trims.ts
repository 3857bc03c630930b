import type { Plugin } from 'vite';

/**
 * The content script's build leaves out the rules' descriptions and the sources' web
 * addresses (only the options page shows them), and the layout of its stylesheet's source:
 * the page's script has a 40 KB gzip budget. The rule and fact files stay the one place these
 * are written; the popup and options builds keep them.
 */

const RULE_FILE = /\/rules\/[^/]+\/[^/]+\/rules\/[^/]+\.ts$/;
/** `description: …,` in a rule's `meta`, up to the next property of that object */
const DESCRIPTION = /^ {2}description:[\s\S]*?,\n(?= {2}\w+:)/m;

export const stripRuleDescription = (code: string): string => code.replace(DESCRIPTION, '');

const FACTS_FILE = /\/rules\/[^/]+\/[^/]+\/facts\.ts$/;
/** a source's `url: '…',` line */
const URL_LINE = /^ +url: '[^'\n]*',\n/gm;

export const stripSourceUrls = (code: string): string => code.replace(URL_LINE, '');

const STYLES_FILE = /\/lib\/dom\/styles\.ts$/;
/** the stylesheet: one template literal without `${}` */
const CSS = /(WARNING_CSS = `)((?:[^`$\\]|\$(?!\{))*)(`)/;

/** Line breaks and indentation, spaces around `{ } ; :` and a block's last `;` out; a space
 *  between selectors or values (`.w .card`, `0 0 0 1.5px`) stays. */
export const compactCss = (code: string): string =>
  code.replace(CSS, (_, open: string, css: string, close: string) =>
    open + css.replace(/\s*\n\s*/g, ' ').replace(/\s*([{};])\s*/g, '$1').replace(/:\s+/g, ':').replace(/;}/g, '}').trim() + close,
  );

export function contentScriptTrims(): Plugin {
  return {
    name: 'pa-preflight:content-script-trims',
    enforce: 'pre',
    transform(code, id) {
      if (id.endsWith('.test.ts')) return null;
      if (RULE_FILE.test(id)) return { code: stripRuleDescription(code), map: null };
      if (STYLES_FILE.test(id)) return { code: compactCss(code), map: null };
      if (FACTS_FILE.test(id)) return { code: stripSourceUrls(code), map: null };
      return null;
    },
  };
}
