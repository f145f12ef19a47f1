import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { AppRoutes } from './app-routes';
import { LiveAnnouncer } from './ui/live-announcer';
import { createQueryClient } from './create-query-client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root element.');

createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <BrowserRouter>
        <LiveAnnouncer>
          <AppRoutes />
        </LiveAnnouncer>
      </BrowserRouter>
    </QueryClientProvider>
  </StrictMode>,
);
