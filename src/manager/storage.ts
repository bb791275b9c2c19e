/**
 * Where the encoded record is written: one cookie, set with js-cookie and read back after
 * every write (through the gate's cookie jar), with an in-memory copy for the page whenever
 * the cookie cannot be used (blocked, throwing, dropped by the browser). Copies of the
 * cookie on other domains or paths are removed only when a read found them. It knows
 * nothing of the encoding.
 */
import Cookies from 'js-cookie';
import { MAX_VALUE_LENGTH } from '../consent/codec';
import type { CookieJar } from '../consent/cookie-jar';
import type { Env } from '../env';
import type { Log } from '../log';
import type { ResolvedConfig } from '../types';

export interface Storage {
  /** Stores `value` until `expires`; when the cookie does not keep it, it holds in memory for the page. */
  write(value: string, expires: Date): void;
  /** Deletes the cookie, with its copies under other domains and paths when there are some. */
  clear(): void;
  /** The value held in memory when cookies could not keep it. */
  readonly memory: string | undefined;
}

/**
 * Removes the cookie `name` wherever this page could have set it: host-only, the declared
 * domain and every parent domain, on the given path and every prefix of the page's path.
 * Same-named copies on several domains or paths shadow each other, so all must go.
 */
export function removeCookie(env: Env, name: string, path: string, domain?: string): void {
  const { hostname, pathname, protocol } = env.win.location;
  const labels = hostname.split('.');
  const segments = pathname.split('/');
  // Browsers only let a Secure write replace (and so delete) a __Secure-/__Host- cookie.
  const secure = protocol === 'https:';
  for (const d of [undefined, domain, ...labels.map((_, i) => labels.slice(i).join('.'))])
    for (const p of [path, ...segments.map((_, i) => segments.slice(0, i + 1).join('/') || '/')]) Cookies.remove(name, { domain: d, path: p, secure });
}

export function createStorage(env: Env, jar: CookieJar, options: ResolvedConfig['cookie'], log: Log): Storage {
  const { name, path, domain } = options;
  let memory: string | undefined;
  const cookies = Cookies.withAttributes({ path, domain, sameSite: options.sameSite, secure: options.secure ?? env.win.location.protocol === 'https:' });
  const fallBack = (why: string, error?: unknown) => log('error', `${why}; the choice holds for this page only`, error);
  const stored = () => {
    jar.forget();
    return jar.values(name);
  };

  return {
    get memory() {
      return memory;
    },
    write(value, expires) {
      memory = value;
      if (value.length > MAX_VALUE_LENGTH) return fallBack(`the choice needs ${value.length} bytes, over the ${MAX_VALUE_LENGTH} allowed (too many categories or services)`);
      try {
        cookies.set(name, value, { expires });
        let found = stored();
        // Another copy shadows or follows ours (a parent domain, another path): remove them all, write once more.
        if (found.length > 1) {
          removeCookie(env, name, path, domain);
          cookies.set(name, value, { expires });
          found = stored();
        }
        if (found.length === 1 && found[0] === value) memory = undefined;
        else fallBack(`the browser did not keep the cookie "${name}" (check cookie.domain and cookie.secure)`);
      } catch (error) {
        fallBack('cookies cannot be written', error);
      }
    },
    clear() {
      memory = undefined;
      try {
        const found = stored();
        if (found.length > 1) removeCookie(env, name, path, domain);
        else if (found[0] !== undefined) cookies.remove(name);
        jar.forget();
      } catch {
        // Cookies are unusable here; the memory copy was all there was.
      }
    },
  };
}
