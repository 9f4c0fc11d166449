import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { setUpI18n } from './app/i18n/i18n';
import { createAppRouter } from './app/router';
import './styles/index.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

// The texts (at once in English; German is a small chunk of its own) and the page's chunk and loader load
// side by side; the first render waits for the texts, so no page shows a key.
const textsReady = setUpI18n().catch(() => undefined);
const router = createAppRouter();
void textsReady.then(() =>
  createRoot(root).render(
    <StrictMode>
      <App router={router} />
    </StrictMode>,
  ),
);
