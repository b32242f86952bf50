import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  // Relative asset URLs, so the engine can serve the window from any path.
  base: './',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The bundle is read from the loopback server, not the network; Atlaskit alone is ~600 kB.
    chunkSizeWarningLimit: 800,
  },
});
