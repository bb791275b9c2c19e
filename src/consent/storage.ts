/**
 * Where the encoded record lives: one cookie, written with js-cookie and read back after
 * every write, with an in-memory copy for the page whenever the cookie cannot be used
 * (blocked, throwing, dropped by the browser). It knows nothing of the encoding.
 */
import Cookies from 'js-cookie';
import type { Env } from '../env';
import type { Log } from '../log';
import type { ResolvedConfig } from '../types';

/** Well under the 4 KB per-cookie limit with attributes, so the browser never drops a write for size. */
export const MAX_VALUE_LENGTH = 1024;

export interface Storage {
  /** Every value stored under the cookie name (two or more = duplicates on several domains or paths). */
  read(): string[];
  /** Stores `value` until `expires`; when the cookie does not keep it, it holds in memory for the page. */
  write(value: string, expires: Date): void;
  /** Deletes the cookie under every domain and path it may have been written with. */
  clear(): void;
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

export function createStorage(env: Env | undefined, options: ResolvedConfig['cookie'], log: Log): Storage {
  const { name, path, domain } = options;
  let memory: string | undefined;
  let memoryOnly = !env;
  const jar = Cookies.withAttributes({
    path,
    domain,
    sameSite: options.sameSite,
    secure: options.secure ?? env?.win.location.protocol === 'https:',
  });

  const readCookies = () =>
    env!.doc.cookie
      .split('; ')
      .filter((pair) => pair.startsWith(name + '='))
      .map((pair) => {
        const raw = pair.slice(name.length + 1);
        try {
          return jar.converter.read(raw, name);
        } catch {
          return raw; // Malformed %-escapes: the codec refuses it, and it gets removed.
        }
      });

  const fallBack = (why: string, error?: unknown) => {
    memoryOnly = true;
    log('error', `${why}; the choice holds for this page only`, error);
  };

  return {
    read() {
      try {
        if (!memoryOnly) return readCookies();
      } catch (error) {
        fallBack('cookies cannot be read', error);
      }
      return memory ? [memory] : [];
    },
    write(value, expires) {
      memory = value;
      if (value.length > MAX_VALUE_LENGTH) return fallBack(`the choice needs ${value.length} bytes, over the ${MAX_VALUE_LENGTH} allowed (too many categories or services)`);
      if (!env) return;
      try {
        removeCookie(env!, name, path, domain);
        jar.set(name, value, { expires });
        const stored = readCookies();
        memoryOnly = stored.length !== 1 || stored[0] !== value;
        if (memoryOnly) fallBack(`the browser did not keep the cookie "${name}" (check cookie.domain and cookie.secure)`);
      } catch (error) {
        fallBack('cookies cannot be written', error);
      }
    },
    clear() {
      memory = undefined;
      try {
        if (env) removeCookie(env!, name, path, domain);
      } catch {
        // Cookies are unusable here; the memory copy was all there was.
      }
    },
  };
}
