/// <reference types="vitest/config" />
import { defineConfig } from 'vite';

// React's JSX is compiled by esbuild (no React plugin needed). In development, the gateway (devstack) answers the API.
export default defineConfig({
  esbuild: { jsx: 'automatic' },
  server: {
    port: 5173,
    proxy: {
      '/api': 'http://localhost:8080',
      '/app-config.json': 'http://localhost:8080',
    },
  },
  build: { outDir: 'dist', sourcemap: true },
  test: {
    environment: 'jsdom',
    globals: true,
  },
});
