import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the engine can serve the window from any path.
  base: './',
  // Atlaskit ships its icons as CommonJS with `exports.default`, and its ESM components import
  // them as default imports. Vite 8's Node-style interop hands such an importer the whole
  // `exports` object, so Avatar's fallback icon (shown when an avatar image fails to load)
  // crashed the window. The pre-Vite 8 interop unwraps `default` as those imports expect.
  legacy: { inconsistentCjsInterop: true },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The bundle is read from the loopback server, not the network. Atlaskit, with the select,
    // modal dialog and checkbox packages, makes most of the ~990 kB main chunk.
    chunkSizeWarningLimit: 1100,
  },
});
