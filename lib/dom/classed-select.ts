/** Where the boxes a select draws with no input and no role may be: focusable, classed as a
 *  select's (widgets.ts's isClassedSelect decides). Its own module: the stub's look
 *  (presence.ts) and the reader (collect.ts) share it and nothing else. */
export const MAYBE_CLASSED_SELECT = '[tabindex="0"][class*="select"]:not([role]), button.select-button:not([role])';
