import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

declare const process: { env: Record<string, string | undefined> };

// the backend the dev server forwards to: HULPROUTE_BACKEND=http://localhost:18082 npm run dev
const backend = process.env.HULPROUTE_BACKEND ?? 'http://localhost:8080';

export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    proxy: {
      '/api': backend,
      '/login': { target: backend, bypass: (request) => (request.method === 'GET' ? '/index.html' : undefined) },
      '/logout': backend,
    },
  },
  // generous per-test time: on a busy 2-core machine a keyboard-driven form test can take seconds
  test: { environment: 'jsdom', globals: true, setupFiles: ['./src/test-setup.ts'], testTimeout: 30_000 },
});
