/// <reference types="vitest/config" />
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// In `vite dev` the app calls /api on its own origin, as behind the static server in production.
const apiProxy = {
  '/api': { target: process.env.API_ORIGIN ?? 'http://127.0.0.1:3001', changeOrigin: true },
};

export default defineConfig({
  plugins: [vue()],
  build: { target: 'es2022', sourcemap: true },
  server: { proxy: apiProxy },
  preview: { proxy: apiProxy },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.spec.ts'],
    restoreMocks: true,
  },
});
