/**
 * Where the choice is kept: one cookie, written by the gate itself (a value the codec made
 * cookie-safe needs no encoding library) and read back after each write; an in-memory copy
 * holds the choice for the page wherever the cookie cannot (blocked, throwing, dropped by the
 * browser, or copies on other domains and paths that the manager must remove). Reads share
 * one `document.cookie` per task: it is synchronous and slow on a throttled phone.
 */
import type { ResolvedConfig } from '../types';
import { MAX_VALUE_LENGTH } from './codec';
import type { Env } from './env';

export interface Store {
  /** Every stored value of the choice (copies on several domains or paths), or the memory copy; none where cookies throw. `fresh`: not this task's earlier read (another tab may have written). */
  values(fresh?: boolean): string[];
  /** Stores `value` until `expires`; `false` when the browser did not keep exactly one copy of it (the page keeps it in memory). */
  write(value: string, expires: Date): boolean;
  /** Deletes the cookie on its own domain and path; `false` when copies elsewhere remain. */
  clear(): boolean;
}

export function createStore({ doc, win }: Env, { name, path, domain, sameSite, secure = win.location.protocol == 'https:' }: ResolvedConfig['cookie']): Store {
  let pairs: string[] | undefined;
  let memory: string | undefined;
  const cookies = (fresh?: boolean) => {
    if (!pairs || fresh) {
      pairs = doc.cookie.split('; ');
      Promise.resolve().then(() => (pairs = undefined));
    }
    return pairs.filter((pair) => pair.startsWith(name + '=')).map((pair) => pair.slice(name.length + 1));
  };
  const stored = (fresh?: boolean) => {
    try {
      return cookies(fresh);
    } catch {
      return []; // cookies throw here (a sandboxed frame): memory holds the choice
    }
  };
  const set = (value: string, expires: Date) => {
    doc.cookie = `${name}=${value};path=${path};expires=${expires.toUTCString()};samesite=${sameSite}${domain ? ';domain=' + domain : ''}${secure ? ';secure' : ''}`;
  };
  return {
    values: (fresh) => (memory ? [memory] : stored(fresh)),
    write(value, expires) {
      memory = value;
      try {
        if (value.length <= MAX_VALUE_LENGTH) set(value, expires);
      } catch {}
      const found = stored(true);
      if (found.length == 1 && found[0] == value) memory = undefined;
      return !memory;
    },
    clear() {
      memory = undefined;
      try {
        set('', new Date(0));
      } catch {}
      return !stored(true)[0];
    },
  };
}
