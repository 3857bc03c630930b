// The shell's member search: answers locally ("no member found"), never touches the frame.
const lookup = document.getElementById('lookup') as HTMLFormElement | null;
const result = document.getElementById('lookupResult');

lookup?.addEventListener('submit', (event) => {
  event.preventDefault();
  if (result) result.textContent = 'No member found (demo: nothing is searched).';
});

// A module, so these names stay out of the global scope shared with the other page scripts.
export {};
