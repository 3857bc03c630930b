import { useCallback, useEffect, useState } from 'react';
import type { OptionalSite, SiteAccess } from '@/lib/optional-hosts';

interface Props {
  /** the portal the extension always runs on: "CignaforHCP", "cignaforhcp.cigna.com" */
  builtIn: { name: string; domain: string };
  access: SiteAccess;
}

const readsOn = (domain: string, on: boolean) =>
  `${on ? 'PA Preflight reads' : 'PA Preflight will read'} PA forms on ${domain} in this browser; nothing leaves your computer.`;

/**
 * "Where you file": the built-in portal, always on (a line of text, not a control), and each
 * optional site as a switch. Turning
 * one on asks the browser for the site (its own prompt, from the click itself) and, once allowed,
 * runs the checks there; turning it off gives the access back. Grants changed elsewhere (the
 * browser's extension settings) show at once.
 */
export function SiteSettings({ builtIn, access }: Props) {
  const [granted, setGranted] = useState<ReadonlySet<string> | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  const refresh = useCallback(
    () =>
      access.granted().then(
        (ids) => setGranted(new Set(ids)),
        () => setGranted(new Set()),
      ),
    [access],
  );

  useEffect(() => {
    void refresh();
    return access.onChange(() => void refresh());
  }, [access, refresh]);

  const toggle = (site: OptionalSite, on: boolean) => {
    setBusy(site.id);
    // enable() asks the browser before anything is awaited: this handler is the user's gesture
    const done = on
      ? access
          .enable(site)
          .then((allowed) =>
            allowed
              ? `${site.name} is on. Reload any ${site.domain} tab that is already open.`
              : `${site.name} stays off: the browser was not allowed to give PA Preflight access.`,
          )
      : access.disable(site).then(() => `${site.name} is off. PA Preflight no longer reads ${site.domain}.`);
    done
      .then(setStatus, () => setStatus(`Could not switch ${site.name} ${on ? 'on' : 'off'}.`))
      .then(refresh)
      .finally(() => setBusy(null));
  };

  return (
    <section className="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">Where you file</h2>
      <p className="hint">
        PA Preflight checks requests on {builtIn.name}. If a plan sends requests through another site, switch it on here; your browser asks
        you to allow it first.
      </p>
      <ul className="site-list">
        {/* no control: nothing to switch, so nothing to reach with Tab */}
        <li className="site" data-site="built-in">
          <span className="site-name">{builtIn.name}</span> <span className="site-state">Always on (built in)</span>
          <p className="hint">{readsOn(builtIn.domain, true)}</p>
        </li>
        {access.sites.map((site) => {
          const on = granted?.has(site.id) ?? false;
          const noteId = `site-${site.id}-note`;
          return (
            <li key={site.id} className="site" data-site={site.id}>
              <label className="site-toggle">
                <input
                  type="checkbox"
                  role="switch"
                  checked={on}
                  disabled={granted === null || busy === site.id}
                  aria-describedby={noteId}
                  onChange={(e) => toggle(site, e.currentTarget.checked)}
                />
                {site.name} ({site.kind})
              </label>
              <p id={noteId} className="hint">
                {readsOn(site.domain, on)}
              </p>
            </li>
          );
        })}
      </ul>
      <p className="site-status" role="status">
        {status}
      </p>
    </section>
  );
}
