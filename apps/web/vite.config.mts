import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { precompress } from './vite/precompress';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@cloudhub/permissions': fromRoot('libs/permissions/src/index.ts'),
      '@cloudhub/api-client': fromRoot('libs/api-client/src/index.ts'),
      // Imported lazily (its zxcvbn dictionaries are large): only the invitation page's password form loads it.
      '@cloudhub/password-policy': fromRoot('libs/password-policy/src/index.ts'),
    },
  },
  build: { outDir: fromRoot('dist/web'), emptyOutDir: true },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3000}` },
  },
  test: { include: ['src/**/*.spec.{ts,tsx}', 'vite/**/*.spec.ts'], environment: 'node' },
});
