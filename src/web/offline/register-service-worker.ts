import { Workbox } from 'workbox-window';

/**
 * Registers the service worker that makes Tandem an installable app that opens offline. The worker
 * is written by the build (vite.config.ts); where there is none (the development server), the
 * registration fails and the app works as a plain web page.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  new Workbox('/sw.js', { scope: '/' }).register().catch(() => undefined);
}
