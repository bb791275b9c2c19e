/**
 * A tiny typed emitter. Each event also goes to `window` as `consentry:<name>`. A listener
 * that throws is reported and never stops the others or the consent flow. `ready` is
 * sticky: a listener added after it fired still hears it (asynchronously).
 */
import type { ConsentryEvents, EventName } from '../types';
import type { Env } from './env';
import type { Log } from './log';

export const EVENT_NAMES = 'ready consent change show hide language'.split(' ') as readonly EventName[];

type Listener = (detail: never) => void;

export interface Emitter {
  on<K extends EventName>(name: K, listener: (detail: ConsentryEvents[K]) => void): () => void;
  emit<K extends EventName>(name: K, detail: ConsentryEvents[K]): void;
  clear(): void;
}

export function createEmitter(env: Env | undefined, log: Log): Emitter {
  let listeners: Record<string, Set<Listener>> = {};
  let ready: unknown;
  const call = (name: string, listener: Listener, detail: unknown) => {
    try {
      listener(detail as never);
    } catch (error) {
      log('error', `a "${name}" listener failed`, error);
    }
  };
  return {
    on(name, listener) {
      if (!EVENT_NAMES.includes(name) || typeof listener != 'function') {
        log('error', `on(${JSON.stringify(name)}, …): expects one of ${EVENT_NAMES} and a function`);
        return () => {};
      }
      const set = (listeners[name] ??= new Set());
      set.add(listener);
      if (name == 'ready' && ready) Promise.resolve().then(() => set.has(listener) && call(name, listener, ready));
      return () => void set.delete(listener);
    },
    emit(name, detail) {
      if (name == 'ready') ready = detail;
      for (const listener of [...(listeners[name] ?? [])]) call(name, listener, detail);
      env?.win.dispatchEvent(new env.win.CustomEvent('consentry:' + name, { detail }));
    },
    clear: () => void (listeners = {}),
  };
}
