// Split dates as portals script them: the MM/DD/YYYY boxes move the focus on when full and back
// on Backspace in an empty box; the page assembles each date from its parts (window.__model).
const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;

for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('input[data-split-next], input[data-split-prev]'))) {
  box.addEventListener('input', () => {
    box.value = box.value.replace(/\D/g, '');
    const next = box.dataset.splitNext ? byId<HTMLInputElement>(box.dataset.splitNext) : null;
    if (next && box.value.length >= box.maxLength) {
      next.focus();
      next.select();
    }
  });
  box.addEventListener('keydown', (event) => {
    const prev = box.dataset.splitPrev ? byId<HTMLInputElement>(box.dataset.splitPrev) : null;
    if (event.key === 'Backspace' && box.value === '' && prev) {
      event.preventDefault();
      prev.focus();
    }
  });
}

const two = (s: string) => (s ? s.padStart(2, '0') : '');
const value = (id: string) => byId<HTMLInputElement | HTMLSelectElement>(id)?.value.trim() ?? '';

/** MM/DD/YYYY from the parts, '' while any part is empty (the server validates the date itself). */
function assemble(month: string, day: string, year: string): string {
  return month && day && year ? `${two(month)}/${two(day)}/${year}` : '';
}

function snapshot() {
  return Object.freeze({
    dob: assemble(value('dob-mm'), value('dob-dd'), value('dob-yyyy')),
    crpDate: assemble(value('crp_date_month'), value('crp_date_day'), value('crp_date_year')),
  });
}

// Read-only: a getter, so a test reads what the page would submit now.
Object.defineProperty(window, '__model', { get: snapshot, configurable: false });

const form = byId<HTMLFormElement>('request');
form?.addEventListener('submit', (event) => {
  event.preventDefault();
  const status = byId('status');
  if (status) status.textContent = 'Submitted (demo: nothing was sent).';
});

export {};
