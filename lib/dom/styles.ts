/**
 * Styles inside our shadow roots: `:host { all: initial }` keeps the page's CSS out, and
 * shadow scoping keeps ours in. Severity is shown by a text label as well as colour.
 */
export const WARNING_CSS = `
:host { all: initial; }
.box {
  position: absolute; box-sizing: border-box; width: max-content; max-width: 300px; pointer-events: none;
  font: 13px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #1f2328;
  background: #fff; border: 1px solid #d0d7de; border-radius: 6px;
  box-shadow: 0 2px 8px rgba(0,0,0,.15); padding: 4px 8px; text-align: left;
}
button { pointer-events: auto; }
.box:not(.open):not(.panel) .text {
  display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden;
}
.box:not(.open):not(.panel) .src, .box:not(.open):not(.panel) .key { display: none; }
.box.open { box-shadow: 0 4px 14px rgba(0,0,0,.25); }
.finding { border-left: 4px solid; padding: 2px 0 4px 8px; margin: 2px 0; }
.finding + .finding { margin-top: 6px; }
.finding[data-severity="error"] { border-color: #b42318; }
.finding[data-severity="warning"] { border-color: #b54708; }
.finding[data-severity="info"] { border-color: #175cd3; }
.sev { font-weight: 700; margin-right: 4px; }
[data-severity="error"] .sev { color: #b42318; }
[data-severity="warning"] .sev { color: #93370d; }
[data-severity="info"] .sev { color: #175cd3; }
.src { display: block; color: #57606a; font-size: 11px; margin-top: 2px; }
button {
  font: inherit; font-weight: 600; margin-top: 3px; padding: 1px 8px; cursor: pointer;
  color: #fff; background: #175cd3; border: 1px solid #175cd3; border-radius: 4px;
}
button:focus-visible { outline: 3px solid #84adff; outline-offset: 1px; }
.panel {
  position: fixed; right: 16px; bottom: 16px; max-width: 340px; max-height: 45vh; overflow: auto;
  z-index: 2147483000; pointer-events: auto;
}
.panel h2 { font-size: 13px; margin: 0; }
.toggle { background: #fff; color: #1f2328; border-color: #d0d7de; margin: 0 0 0 6px; }
.note { font-style: italic; margin: 4px 0; }
.key { color: #57606a; font-size: 11px; }
`;
