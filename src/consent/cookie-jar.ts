/**
 * The page's cookies, read once per task: `document.cookie` is synchronous and slow (tens
 * of milliseconds on a throttled phone when read again and again), so every reader in one
 * task shares one read. Writes go through the manager's storage (js-cookie), which calls
 * `forget()` so the next read sees them.
 */
import type { Env } from '../env';

export interface CookieJar {
  /** Every value of the cookie `name` (two or more: copies on several domains or paths). Throws where cookies throw. */
  values(name: string): string[];
  /** Every cookie name the page can see. */
  names(): string[];
  /** Drops the cached read (after a write). */
  forget(): void;
}

export function createCookieJar({ doc }: Env): CookieJar {
  let pairs: string[] | undefined;
  const read = () => {
    if (!pairs) {
      const text = doc.cookie;
      pairs = text ? text.split('; ') : [];
      Promise.resolve().then(() => (pairs = undefined));
    }
    return pairs;
  };
  return {
    values: (name) => read().filter((pair) => pair.startsWith(name + '=')).map((pair) => pair.slice(name.length + 1)),
    names: () => read().map((pair) => pair.slice(0, pair.indexOf('='))),
    forget: () => void (pairs = undefined),
  };
}
