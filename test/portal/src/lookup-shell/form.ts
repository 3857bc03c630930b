// The framed PA form's only behaviour: a local "Submitted" (nothing is sent).
const form = document.getElementById('pa') as HTMLFormElement | null;

form?.addEventListener('submit', (event) => {
  event.preventDefault();
  form.querySelector('button[type="submit"]')?.replaceWith('Submitted (demo: nothing was sent).');
});

// A module, so these names stay out of the global scope shared with the other page scripts.
export {};
