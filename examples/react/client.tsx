/** @jsxImportSource react */
// The browser entry: hydrates the server's HTML. A mismatch would be reported here and by React's own warnings.
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App';

hydrateRoot(
  document.getElementById('root')!,
  <StrictMode>
    <App />
  </StrictMode>,
  { onRecoverableError: (error) => console.error('hydration error:', error) },
);
