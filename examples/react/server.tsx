/** @jsxImportSource react */
// The server entry: the page's HTML as React renders it on the server, before any choice is known.
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { App } from './App';

export function render(): string {
  return renderToString(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
