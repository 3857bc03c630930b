// Lets tests embed the fax-shaped page instead of the wizard: iframe.html?form=fax
const frame = document.getElementById('app-frame') as HTMLIFrameElement | null;
if (frame && new URLSearchParams(location.search).get('form') === 'fax') frame.src = '/fax.html';
