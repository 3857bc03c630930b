// The medication history: one Bootstrap card per medication; "Add medication" appends the next
// card, indexed as Razor's list model binding names it (PriorMeds[n].DrugName, PriorMeds_n__DrugName).
const list = document.getElementById('priorMeds');
const add = document.getElementById('addMedication');
const form = document.getElementById('paForm') as HTMLFormElement | null;
const status = document.getElementById('status');

const FIELDS: { key: string; label: string; col: string; placeholder?: string }[] = [
  { key: 'DrugName', label: 'Drug name', col: 'col-md-6' },
  { key: 'Dose', label: 'Dose', col: 'col-md-6' },
  { key: 'StartDate', label: 'Start date', col: 'col-md-4', placeholder: 'MM/DD/YYYY' },
  { key: 'EndDate', label: 'End date', col: 'col-md-4', placeholder: 'MM/DD/YYYY' },
  { key: 'ReasonStopped', label: 'Reason stopped', col: 'col-md-4' },
];

function medicationCard(n: number): HTMLElement {
  const card = document.createElement('div');
  card.className = 'card';
  card.id = `PriorMeds_${n}`;
  const header = document.createElement('div');
  header.className = 'card-header';
  header.textContent = `Medication ${n + 1}`;
  const body = document.createElement('div');
  body.className = 'card-body';
  const row = document.createElement('div');
  row.className = 'row';
  for (const f of FIELDS) {
    const col = document.createElement('div');
    col.className = f.col;
    const label = document.createElement('label');
    label.className = 'form-label';
    label.htmlFor = `PriorMeds_${n}__${f.key}`;
    label.textContent = f.label;
    const input = document.createElement('input');
    input.type = 'text';
    input.className = 'form-control';
    input.id = `PriorMeds_${n}__${f.key}`;
    input.name = `PriorMeds[${n}].${f.key}`;
    if (f.placeholder) input.placeholder = f.placeholder;
    col.append(label, input);
    row.append(col);
  }
  body.append(row);
  card.append(header, body);
  return card;
}

add?.addEventListener('click', () => {
  if (!list) return;
  const card = medicationCard(list.children.length);
  list.append(card);
  card.querySelector('input')?.focus();
});

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (status) status.textContent = 'Submitted (demo: nothing was sent).';
});

// A module, so these names stay out of the global scope shared with the other page scripts.
export {};
