// Lets tests embed the fax-shaped page instead of the wizard: iframe.html?form=fax
const frame = document.getElementById('app-frame') as HTMLIFrameElement | null;
if (frame && new URLSearchParams(location.search).get('form') === 'fax') frame.src = '/fax.html';

// A module, so its names stay out of the global scope shared with the other page scripts.
export {};
