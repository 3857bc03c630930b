/**
 * Page text that must stay text: markup that would run if parsed, a tag that would end our
 * style element, a right-to-left override that would reorder what staff read, and a 100 KB
 * string. `window.__preflightXss` is set by any of them that runs.
 */
export const XSS_FLAG = '__preflightXss';
export const IMG = `<img src=x onerror="window.${XSS_FLAG}=1">`;
export const STYLE_BREAK = `</style><img src=x onerror="window.${XSS_FLAG}=2"><style>`;
export const SCRIPT = `<script>window.${XSS_FLAG}=3</script>`;
export const RTL = '\u202Egpj.exe\u202C M06.1';
export const HUGE = `${'A'.repeat(50_000)}${IMG}${'B'.repeat(50_000)}`;

export const HOSTILE_STRINGS = [IMG, STYLE_BREAK, SCRIPT, RTL, HUGE] as const;
