/**
 * A seeded, bounded storm of DOM mutations, run in the page's own world (passed to
 * `page.evaluate`, so it is self-contained): labelled fields inserted (some beside our warning
 * hosts, some into the portal's form), removed and moved; attributes the content script watches
 * flipped (hidden, style, class, type, name, id, disabled) on the page's nodes; our own hosts
 * removed or moved by the page. (Attribute flips on our hosts themselves: see
 * test/security/warning-host-tamper.test.ts.)
 * The portal's React-owned nodes only get attribute flips that React does not manage (hidden,
 * class), undone at the end, so any error seen is the extension's, not React's.
 */
export async function mutationStorm({ seed, steps }: { seed: number; steps: number }): Promise<number> {
  let state = seed >>> 0;
  // mulberry32: a tiny seeded generator, so a failing storm can be replayed
  const rand = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(items: ArrayLike<T>): T | undefined => items[Math.floor(rand() * items.length)];
  const labels = [
    'Dose',
    'Billing units',
    'NDC',
    'Date of Birth',
    'CRP result',
    "Patient's current weight",
    'Primary ICD10 code',
    'Modifiers',
    'Frequency',
    'Notes',
  ];
  const values = ['280', '1', '0078073461', '2/30/2025', '4.5', '70 lb', 'M08.2X', 'JW', '', '<img src=x onerror="window.__stormXss=1">'];
  const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  const sandbox = document.createElement('section');
  sandbox.setAttribute('data-storm', '');
  document.body.append(sandbox);
  const flippedPortal = new Set<Element>();
  const form = document.querySelector('form');

  const newField = (i: number): HTMLElement => {
    const wrap = document.createElement('div');
    const label = document.createElement('label');
    const field = rand() < 0.2 ? document.createElement('select') : document.createElement('input');
    field.id = `storm-${seed}-${i}`;
    label.htmlFor = field.id;
    label.textContent = pick(labels) ?? 'Dose';
    if (field instanceof HTMLSelectElement) {
      for (const unit of ['', 'mg', 'mL']) field.append(new Option(unit || 'Select...', unit));
      field.value = pick(['', 'mg', 'mL']) ?? '';
    } else {
      field.value = pick(values) ?? '';
    }
    wrap.append(label, field);
    return wrap;
  };

  for (let i = 0; i < steps; i++) {
    const op = rand();
    const ours = document.querySelectorAll('pa-preflight-warning');
    const stormNodes = Array.from(document.querySelectorAll('[data-storm] *, [data-storm-field]'));
    if (op < 0.3) {
      const wrap = newField(i);
      wrap.setAttribute('data-storm-field', '');
      const where = rand();
      const host = pick(ours);
      if (host && where < 0.3) host.after(wrap);
      else if (form && where < 0.5) form.append(wrap);
      else sandbox.append(wrap);
      wrap.querySelector('input, select')?.dispatchEvent(new Event('input', { bubbles: true }));
    } else if (op < 0.45) {
      pick(stormNodes)?.remove();
    } else if (op < 0.65) {
      const el = pick(stormNodes); // our own hosts included: the page may rewrite their ids too
      if (el) {
        const attr = pick(['hidden', 'style', 'class', 'type', 'name', 'id', 'disabled']) ?? 'hidden';
        if (el.hasAttribute(attr)) el.removeAttribute(attr);
        else el.setAttribute(attr, pick(['', 'display:none', 'x', 'text', 'number', 'checkbox', `s${i}`]) ?? '');
      }
    } else if (op < 0.75) {
      const target = pick(stormNodes);
      const into = pick(Array.from(document.querySelectorAll('[data-storm], [data-storm] div')));
      if (target && into && !target.contains(into)) into.append(target);
    } else if (op < 0.88) {
      const el = pick(Array.from(document.querySelectorAll('form input, form select, form label, form fieldset, form td')));
      if (el) {
        flippedPortal.add(el);
        if (rand() < 0.5) el.toggleAttribute('hidden');
        else el.classList.toggle('storm-class');
      }
    } else {
      pick(ours)?.remove(); // the page cleaning up nodes it does not know
    }
    if (i % 5 === 0) await frame();
  }
  for (const el of flippedPortal) {
    el.removeAttribute('hidden');
    el.classList.remove('storm-class');
  }
  await frame();
  return document.querySelectorAll('[data-storm-field]').length;
}
