/**
 * Styles inside our shadow roots: `:host { all: initial }` keeps the page's CSS out, and
 * shadow scoping keeps ours in. Severity is shown by a text label as well as colour.
 * A closed card is clipped, not `display: none`: its text stays in the accessibility tree for
 * the field's aria-describedby. Only the badge and buttons (and a card opened by the pointer)
 * take pointer events; everything else lets clicks through to the portal. Unlike a focus
 * ring, a warning's ring is dashed and a note has only its badge; a group of options gets a
 * bar on its left; the field's own focus ring shows while staff type in it. A severity's colour
 * is `--c`, set on a warning (`data-level`) and on each finding (`data-severity`).
 * Written compactly (one rule a line, no optional spaces or quotes): it ships in the content
 * script's budget, and the source is what ships.
 */
export const WARNING_CSS = `:host{all:initial}
.w,[data-severity=error]{--c:#b42318}
.w[data-level=warning],[data-severity=warning]{--c:#dc6803}
.w[data-level=info],[data-severity=info]{--c:#175cd3}
.w>*{position:absolute;box-sizing:border-box;pointer-events:none}
.ring{border:2px solid var(--c)}
[data-level=warning] .ring{border-style:dashed}
.group .ring{border-width:0 0 0 2px}
[data-level=info] .ring,.focus .ring{display:none}
.badge{width:18px;height:18px;border-radius:50%;background:var(--c);color:#fff;font:700 11px/18px system-ui,sans-serif;text-align:center;cursor:pointer;user-select:none;box-shadow:0 0 0 1.5px #fff,0 1px 3px rgba(0,0,0,.35);pointer-events:auto}
[data-level=warning] .badge{color:#1f2328}
.card{font:13px/1.35 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2328;background:#fff;border:1px solid #d0d7de;border-radius:6px;text-align:left;box-shadow:0 4px 14px rgba(0,0,0,.22);padding:6px 10px 8px}
.w .card{border-top:3px solid var(--c)}
.w .card::before{content:"PA Preflight";display:block;color:#57606a;font-size:11px;font-weight:600}
.w:not(.open) .card{clip-path:inset(50%);clip:rect(0 0 0 0)}
.hover .card,.open button{pointer-events:auto}
.finding{border-left:4px solid var(--c);padding:2px 0 4px 8px;margin:4px 0 0}
.finding+.finding{margin-top:8px}
.sev{font-weight:700;margin-right:4px;color:var(--c)}
[data-severity=warning] .sev{color:#93370d}
.src{display:block;color:#57606a;font-size:11px;margin-top:3px}
button{font:inherit;font-weight:600;margin-top:4px;padding:2px 10px;cursor:pointer;color:#fff;background:#175cd3;border:1px solid #175cd3;border-radius:4px}
button:focus-visible{outline:3px solid #84adff;outline-offset:1px}
.panel{position:fixed;right:16px;bottom:16px;max-width:340px;max-height:45vh;overflow:auto;z-index:2147483000;padding:4px 8px}
.panel[data-c^=t]{top:16px;bottom:auto}
.panel[data-c$=l]{left:16px;right:auto}
.panel h2{font-size:13px;margin:0}
.toggle{background:#fff;color:#1f2328;border-color:#d0d7de;margin:0 0 0 6px}
.note{font-style:italic;margin:4px 0}
.key{color:#57606a;font-size:11px;white-space:nowrap}`;
