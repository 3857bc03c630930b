// The fax-shaped page's only behaviour: more prior-therapy rows, and a local "Submitted".
const form = document.getElementById('f0') as HTMLFormElement | null;
const body = document.querySelector<HTMLTableSectionElement>('#f50 tbody');
const addRow = document.getElementById('f51');
const statusLine = document.getElementById('f61');

addRow?.addEventListener('click', () => {
  if (!body) return;
  const n = body.rows.length;
  const row = body.insertRow();
  for (const suffix of ['a', 'b', 'c']) {
    const input = document.createElement('input');
    input.type = 'text';
    input.name = `t${n}${suffix}`;
    row.insertCell().append(input);
  }
});

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (statusLine) statusLine.textContent = 'Submitted (demo: nothing was sent).';
});

// A module, so these names stay out of the global scope shared with the other page scripts.
export {};
