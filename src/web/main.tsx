import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppRoutes } from './app-routes';
import { LiveAnnouncer } from './ui/live-announcer';
import { createQueryClient } from './create-query-client';
import { registerServiceWorker } from './offline/register-service-worker';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

// A data router, so that a page with unsaved work can ask before it is left (useBlocker); the
// routes themselves stay in AppRoutes.
const router = createBrowserRouter([
  {
    path: '*',
    element: (
      <LiveAnnouncer>
        <AppRoutes />
      </LiveAnnouncer>
    ),
  },
]);

registerServiceWorker();

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
