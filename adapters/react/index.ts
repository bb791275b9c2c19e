'use client';
/**
 * `consentry/react`: one Consentry instance for a React tree. The provider creates it in a
 * layout effect, never during render, so server rendering and hydration both see "no
 * choice" (`null`) and agree; the visitor's stored choice arrives right after, before paint.
 */
import { createElement, createContext, Fragment, useContext, useEffect, useLayoutEffect, useState, useSyncExternalStore, type ReactElement, type ReactNode } from 'react';
import type { Config, ConsentRecord, Consentry } from 'consentry';
import { createStore, type ConsentStore } from './store';

export type { Config, ConsentRecord, Consentry } from 'consentry';

const StoreContext = createContext<ConsentStore | null>(null);

// useLayoutEffect does nothing on the server (and React 18 warns there); the effect is client-only anyway.
const useClientEffect = typeof document === 'undefined' ? useEffect : useLayoutEffect;

export interface ConsentryProviderProps {
  /** Read once, when the provider mounts: the page has one instance and its config stays in force. */
  config?: Config;
  children?: ReactNode;
}

/** Creates the page's Consentry instance on mount and destroys it on unmount. */
export function ConsentryProvider({ config, children }: ConsentryProviderProps): ReactElement {
  const [store] = useState(() => createStore(config));
  useClientEffect(() => store.start(), [store]);
  return createElement(StoreContext.Provider, { value: store }, children);
}

function useStore(name: string): ConsentStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error(`consentry/react: ${name} must be used inside <ConsentryProvider>`);
  return store;
}

const noChoice = () => null;
const refused = () => false;

/** The visitor's choice, or `null` before one (and always `null` on the server). */
export function useConsent(): ConsentRecord | null {
  const store = useStore('useConsent()');
  return useSyncExternalStore(store.subscribe, store.record, noChoice);
}

/** Whether `category` is granted now; `false` on the server and until the instance has started. */
export function useAccepted(category: string): boolean {
  const store = useStore('useAccepted()');
  return useSyncExternalStore(store.subscribe, () => store.accepted(category), refused);
}

/** The instance, for `acceptAll()`, `showPreferences()` and the rest; `null` until mounted in a browser. */
export function useConsentry(): Consentry | null {
  const store = useStore('useConsentry()');
  return useSyncExternalStore(store.subscribe, () => store.instance, noChoice);
}

export interface ConsentProps {
  category: string;
  /** Shown until the category is granted (on the server too). */
  fallback?: ReactNode;
  children?: ReactNode;
}

/** Renders its children only while `category` is granted, otherwise `fallback`. */
export function Consent({ category, fallback = null, children }: ConsentProps): ReactElement {
  return createElement(Fragment, null, useAccepted(category) ? children : fallback);
}
