import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The demo portal: a stand-in for a third-party payer site, built on its own (none of the
// extension's code) into test/portal/dist, one HTML entry per variant.
export default defineConfig({
  root,
  base: '/',
  logLevel: 'warn',
  build: {
    outDir: resolve(root, 'dist'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        index: resolve(root, 'index.html'),
        fax: resolve(root, 'fax.html'),
        iframe: resolve(root, 'iframe.html'),
        shadow: resolve(root, 'shadow.html'),
        material: resolve(root, 'material.html'),
        mui: resolve(root, 'mui.html'),
        webforms: resolve(root, 'webforms.html'),
        'lookup-shell': resolve(root, 'lookup-shell.html'),
        'lookup-shell-form': resolve(root, 'lookup-shell-form.html'),
        cards: resolve(root, 'cards.html'),
        'split-dates': resolve(root, 'split-dates.html'),
        infliximab: resolve(root, 'infliximab.html'),
      },
    },
  },
});
