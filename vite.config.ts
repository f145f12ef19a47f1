import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { OFFLINE_SAFETY_PLAN_PATH, SAFETY_PLAN_CACHE } from './src/web/offline/offline-copy';

const webRoot = fileURLToPath(new URL('./src/web', import.meta.url));
const outDir = fileURLToPath(new URL('./dist/web', import.meta.url));

/**
 * The installable app (ADR 0029): the service worker precaches the app shell and keeps one API
 * answer, the signed-in person's own safety plan (network first, the copy when offline). Nothing
 * else of anyone's record is kept. The worker is registered by the app (src/web/offline/), never
 * by an inline script, which the Content Security Policy forbids.
 */
const installableApp = VitePWA({
  injectRegister: false,
  registerType: 'autoUpdate',
  includeAssets: ['favicon.svg'],
  manifest: {
    name: 'Tandem',
    short_name: 'Tandem',
    description: 'Your care plan, your safety plan and your care team, in one place.',
    lang: 'en-GB',
    start_url: '/',
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1d4f91',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png,woff2}'],
    navigateFallback: '/index.html',
    navigateFallbackDenylist: [/^\/api\//],
    cleanupOutdatedCaches: true,
    clientsClaim: true,
    skipWaiting: true,
    runtimeCaching: [
      {
        // A RegExp, not a function: the worker is generated, and a function would lose the constant.
        urlPattern: new RegExp(`^[^?#]*${OFFLINE_SAFETY_PLAN_PATH.replaceAll('/', '\\/')}$`),
        handler: 'NetworkFirst',
        options: { cacheName: SAFETY_PLAN_CACHE, cacheableResponse: { statuses: [200] } },
      },
    ],
  },
});

/** The web app: built into dist/web and served by the API server; in development the API is proxied. */
export default defineConfig({
  root: webRoot,
  plugins: [react(), installableApp],
  build: {
    outDir,
    emptyOutDir: true,
    // The Content Security Policy allows only same-origin files, so nothing may become a data: URL.
    assetsInlineLimit: 0,
    rolldownOptions: {
      output: {
        // Libraries change less often than the app, so they get their own long-cached files.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/, priority: 2 },
            { name: 'vendor', test: /node_modules[\\/]/, priority: 1 },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});
