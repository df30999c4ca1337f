import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router-dom';
import { App } from './App';
import { SessionProvider, startSession } from './auth';
import { loadConfig } from './config';
import { I18nProvider } from './i18n';
import './styles.css';

async function start() {
  const session = await startSession(await loadConfig());
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <I18nProvider>
        <SessionProvider session={session}>
          <BrowserRouter>
            <App />
          </BrowserRouter>
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
}

void start();
