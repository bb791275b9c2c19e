/**
 * The manager's cookie work, with js-cookie: removing every copy of a cookie the page can
 * reach (host-only, each parent domain, the declared domain, each path prefix: copies shadow
 * each other, so all must go, and js-cookie removes with the attributes it was given), the
 * and repairing the stored choice when the gate's write did not leave exactly one copy of it.
 */
import Cookies from 'js-cookie';
import { MAX_VALUE_LENGTH } from '../gate/codec';
import type { Env } from '../gate/env';
import type { Log } from '../gate/log';
import type { CookieDecl, ResolvedConfig } from '../types';
import { matchCookie } from './cookie-names';

/** Every cookie name the page can see. */
const cookieNames = ({ doc }: Env) => doc.cookie.split('; ').map((pair) => pair.slice(0, pair.indexOf('=')));

/** Removes the cookie `name` wherever this page could have set it. */
export function removeCookie(env: Env, name: string, path: string, domain?: string): void {
  const { hostname, pathname, protocol } = env.win.location;
  const labels = hostname.split('.');
  const segments = pathname.split('/');
  // Browsers only let a Secure write replace (and so delete) a __Secure-/__Host- cookie.
  const secure = protocol == 'https:';
  for (const d of [undefined, domain, ...labels.map((_, i) => labels.slice(i).join('.'))])
    for (const p of [path, ...segments.map((_, i) => segments.slice(0, i + 1).join('/') || '/')]) Cookies.remove(name, { domain: d, path: p, secure });
}

/** Removes every cookie the page can see whose name matches one of `decls`. */
export function deleteCookies(env: Env, decls: CookieDecl[], path: string): void {
  for (const name of cookieNames(env)) {
    const decl = decls.find((d) => matchCookie(d.name, name));
    if (decl) removeCookie(env, name, path, decl.domain);
  }
}

/**
 * Removes every copy of the stored choice, then writes `value` once more (when given) and
 * says what was wrong: copies that shadowed the gate's write, a value the browser would not
 * keep, or stored values that were no valid choice.
 */
export function repairStoredChoice(env: Env, cookie: ResolvedConfig['cookie'], log: Log, value?: string, expires?: Date): void {
  const { name, path, domain } = cookie;
  const values = () => env.doc.cookie.split('; ').filter((pair) => pair.startsWith(name + '=')).map((pair) => pair.slice(name.length + 1));
  try {
    const found = values();
    removeCookie(env, name, path, domain);
    if (!value) return void (found[0] && log('warn', `cookie "${name}": ${found[1] ? 'copies disagree' : 'not a valid choice (edited, expired or another revision)'}; removed, asking again`));
    if (value.length > MAX_VALUE_LENGTH) return log('error', `the choice needs ${value.length} bytes, over the ${MAX_VALUE_LENGTH} allowed (too many categories or services); it holds for this page only`);
    Cookies.set(name, value, { path, domain, sameSite: cookie.sameSite, secure: cookie.secure ?? env.win.location.protocol == 'https:', expires });
    const kept = values();
    if (kept.length != 1 || kept[0] != value) log('error', `the browser did not keep the cookie "${name}" (check cookie.domain and cookie.secure); the choice holds for this page only`);
  } catch (error) {
    log('error', 'cookies cannot be written; the choice holds for this page only', error);
  }
}
