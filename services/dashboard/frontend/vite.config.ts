import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The build's output directory is given by Maven (--outDir target/classes/static).
export default defineConfig({
  plugins: [react()],
  base: '/',
  build: { sourcemap: false, chunkSizeWarningLimit: 1500 },
  test: { environment: 'node', include: ['src/**/*.test.ts'] },
});
