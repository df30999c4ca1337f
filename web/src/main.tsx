import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { createQueryClient } from './api/queryClient';
import { App } from './App';
import { loadConfig } from './auth/config';
import { SessionProvider, startSession } from './auth/session';
import { I18nProvider } from './i18n';
import './styles.css';

async function start() {
  const session = await startSession(await loadConfig());
  const queryClient = createQueryClient();
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      {/* The account's language counts when none was chosen in this browser. */}
      <I18nProvider account={session.locale}>
        <SessionProvider session={session}>
          <QueryClientProvider client={queryClient}>
            <BrowserRouter>
              <App />
            </BrowserRouter>
          </QueryClientProvider>
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

void start();
