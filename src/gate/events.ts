/**
 * A tiny typed emitter. Each event also goes to `window` as `consentry:<name>`. A listener
 * that throws is reported and never stops the others or the consent flow.
 */
import type { Env } from './env';
import type { Log } from './log';
import type { ConsentryEvents, EventName } from '../types';

export const EVENT_NAMES: readonly EventName[] = ['ready', 'consent', 'change', 'show', 'hide', 'language'];

type Listener<K extends EventName> = (detail: ConsentryEvents[K]) => void;

export interface Emitter {
  on<K extends EventName>(name: K, listener: Listener<K>): () => void;
  emit<K extends EventName>(name: K, detail: ConsentryEvents[K]): void;
  clear(): void;
}

export function createEmitter(env: Env | undefined, log: Log): Emitter {
  const listeners = new Map<string, Set<Listener<never>>>();
  /** `ready` is sticky: a listener added after it fired still hears it (asynchronously). */
  let readyDetail: ConsentryEvents['ready'] | undefined;

  return {
    on(name, listener) {
      if (!EVENT_NAMES.includes(name)) {
        log('error', `on(${JSON.stringify(name)}): unknown event; expected one of ${EVENT_NAMES.join(', ')}`);
        return () => {};
      }
      if (typeof listener !== 'function') {
        log('error', `on("${name}", …): the listener must be a function`);
        return () => {};
      }
      const set = listeners.get(name) ?? new Set();
      listeners.set(name, set);
      set.add(listener as Listener<never>);
      if (name === 'ready' && readyDetail) {
        const detail = readyDetail;
        Promise.resolve().then(() => set.has(listener as Listener<never>) && call(name, listener, detail as never));
      }
      return () => void set.delete(listener as Listener<never>);
    },
    emit(name, detail) {
      if (name === 'ready') readyDetail = detail as ConsentryEvents['ready'];
      for (const listener of [...(listeners.get(name) ?? [])]) call(name, listener, detail as never);
      env?.win.dispatchEvent(new env.win.CustomEvent(`consentry:${name}`, { detail }));
    },
    clear() {
      listeners.clear();
    },
  };

  function call(name: string, listener: Listener<never>, detail: never) {
    try {
      listener(detail);
    } catch (error) {
      log('error', `a "${name}" listener failed`, error);
    }
  }
}
