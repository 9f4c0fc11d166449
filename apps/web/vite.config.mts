import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { precompress } from './vite/precompress.mts';

const fromRoot = (path: string) => fileURLToPath(new URL(`../../${path}`, import.meta.url));

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  plugins: [react(), precompress()],
  resolve: {
    alias: {
      '@cloudhub/permissions': fromRoot('libs/permissions/src/index.ts'),
      '@cloudhub/api-client': fromRoot('libs/api-client/src/index.ts'),
      '@cloudhub/plain-text': fromRoot('libs/plain-text/src/index.ts'),
      '@cloudhub/validation-limits': fromRoot('libs/validation-limits/src/index.ts'),
      // Imported lazily (its zxcvbn dictionaries are large): only the invitation page's password form loads it.
      '@cloudhub/password-policy': fromRoot('libs/password-policy/src/index.ts'),
    },
  },
  build: {
    outDir: fromRoot('dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // What every page needs (React, the router, i18n, react-query): one file, cached across deploys
            // as long as the versions stay.
            { name: 'framework', test: /[\\/]node_modules[\\/]/, tags: ['$initial'], priority: 2 },
            // The password policy and its zxcvbn dictionaries (2.4 MB): only the registration form loads it.
            {
              name: 'password-policy',
              test: /[\\/](libs[\\/]password-policy|node_modules[\\/](@zxcvbn-ts|fastest-levenshtein))[\\/]/,
              priority: 3,
            },
            // The small shared components and helpers: one file rather than a dozen tiny requests per page.
            { name: 'shared', test: /[\\/]apps[\\/]web[\\/]src[\\/](components|lib)[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    port: Number(process.env.WEB_PORT ?? 5173),
    proxy: { '/api': `http://127.0.0.1:${process.env.API_PORT ?? 3000}` },
  },
  test: { include: ['src/**/*.spec.{ts,tsx}', 'vite/**/*.spec.mts'], environment: 'node' },
});
