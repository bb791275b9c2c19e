/** @jsxImportSource react */
/**
 * A React 19 app with Consentry: one provider at the root, a status line from `useConsent()`,
 * an analytics flag from `useAccepted()`, and a video that renders only with consent. The
 * same tree renders on the server (server.tsx) and hydrates in the browser (client.tsx).
 */
import { Consent, ConsentryProvider, useAccepted, useConsent, useConsentry, type Config } from 'consentry/react';

export const config: Config = { policyUrl: '/privacy', categories: { analytical: {}, functional: {} } };

function Status() {
  const record = useConsent();
  return <p id="status">{record ? `choice made (${record.method})` : 'no choice yet'}</p>;
}

function Analytics() {
  const on = useAccepted('analytical');
  return <p id="analytics">{`analytics ${on ? 'on' : 'off'}`}</p>;
}

function Withdraw() {
  const consentry = useConsentry();
  return <button id="withdraw" onClick={() => consentry?.reset()}>Withdraw consent</button>;
}

function Video() {
  const consentry = useConsentry();
  const ask = <button id="allow-video" onClick={() => consentry?.showPreferences()}>Allow functional cookies to watch</button>;
  return (
    <Consent category="functional" fallback={ask}>
      <iframe id="video" title="Brewing guide" src="about:blank" width="320" height="180" />
    </Consent>
  );
}

export function App() {
  return (
    <ConsentryProvider config={config}>
      <h1>Northwind Coffee</h1>
      <Status />
      <Analytics />
      <Video />
      <Withdraw />
    </ConsentryProvider>
  );
}
