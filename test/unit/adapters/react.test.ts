// consentry/react in jsdom with the real React 19 and the real core: one instance per
// provider however StrictMode mounts it, hooks that follow every choice, and a provider
// that cleans up after itself. (Server rendering and hydration: test/e2e/frameworks.test.ts.)
import { act, createElement, StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Consent, ConsentryProvider, useAccepted, useConsent, useConsentry } from '../../../adapters/react/index';
import type { Consentry } from '../../../src/index';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
const LIVE = Symbol.for('consentry');
const live = () => (window as unknown as Record<symbol, Consentry | undefined>)[LIVE];

let root: Root | undefined;
afterEach(async () => {
  await act(async () => root?.unmount());
  root = undefined;
  await new Promise((resolve) => setTimeout(resolve, 5));
});

let seen: { record: unknown; analytical: boolean; instance: Consentry | null }[] = [];
function Probe() {
  seen.push({ record: useConsent(), analytical: useAccepted('analytical'), instance: useConsentry() });
  return null;
}

async function mount(children: ReactNode) {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  await act(async () => root!.render(createElement(StrictMode, null, createElement(ConsentryProvider, { config: { autoShow: false } }, children))));
  return container;
}

describe('consentry/react', () => {
  it('creates the instance once mounted, under StrictMode, with no "already running" warning', async () => {
    const warn = vi.spyOn(console, 'warn');
    seen = [];
    await mount(createElement(Probe));
    expect(live()).toBeDefined();
    expect(seen.at(-1)!.instance).toBe(live());
    expect(warn.mock.calls.flat().join('\n')).not.toContain('already running');
  });

  it('re-renders on a choice and on withdrawal, and <Consent> follows', async () => {
    seen = [];
    const container = await mount([
      createElement(Probe, { key: 'probe' }),
      createElement(Consent, { key: 'video', category: 'analytical', fallback: 'not allowed' }, 'allowed'),
    ]);
    expect(seen.at(-1)).toMatchObject({ record: null, analytical: false });
    expect(container.textContent).toBe('not allowed');
    // The first page with a config waits for the manager to check it (README, Size).
    await act(() => new Promise((resolve) => live()!.on('ready', resolve)));

    await act(async () => live()!.set({ analytical: true }));
    expect(seen.at(-1)).toMatchObject({ record: { method: 'api' }, analytical: true });
    expect(container.textContent).toBe('allowed');

    await act(async () => live()!.reset());
    expect(seen.at(-1)).toMatchObject({ record: null, analytical: false });
    expect(container.textContent).toBe('not allowed');
  });

  it('destroys the instance when the provider unmounts', async () => {
    await mount(createElement(Probe));
    const instance = live()!;
    await act(async () => root!.unmount());
    root = undefined;
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(live()).toBeUndefined();
    instance.set({ analytical: true });
    expect(instance.get()).toBeNull(); // a destroyed instance records nothing
  });

  it('warns once about an unknown category, however often it renders', async () => {
    const warn = vi.spyOn(console, 'warn');
    function Unknown() {
      useAccepted('marketing');
      return null;
    }
    await mount(createElement(Unknown));
    await act(async () => live()!.set({ analytical: true }));
    expect(warn.mock.calls.filter(([message]) => String(message).includes('"marketing"'))).toHaveLength(1);
  });

  it('names the missing provider', () => {
    const container = document.body.appendChild(document.createElement('div'));
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const orphan = createRoot(container);
    expect(() => act(() => orphan.render(createElement(Probe)))).toThrow('consentry/react: useConsent() must be used inside <ConsentryProvider>');
    error.mockRestore();
  });
});
