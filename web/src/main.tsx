import './styles.css';

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

import { InfoProvider } from './api/info';
import { LiveEventsProvider } from './api/liveEvents';
import { App } from './App';
import { SessionProvider } from './auth/session';
import { I18nProvider } from './i18n/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nProvider>
      <InfoProvider>
        <SessionProvider>
          <LiveEventsProvider>
            <App />
          </LiveEventsProvider>
        </SessionProvider>
      </InfoProvider>
    </I18nProvider>
  </StrictMode>,
);
