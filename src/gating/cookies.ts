/**
 * Deleting the declared cookies of withdrawn categories and services: names with `*`
 * wildcards, removed on the current host, each parent domain, the declared domain and the
 * paths the page can see. Only first-party cookies can be removed from the page.
 */
import type { Env } from '../env';
import type { CookieDecl } from '../types';
import { removeCookie } from '../consent/storage';

/** `_ga_*` matches `_ga_ABC`, `*_session` matches `php_session`, a plain name only itself. Pure. */
export function matchCookie(pattern: string, name: string): boolean {
  const core = pattern.replace(/^\*|\*$/g, '');
  if (pattern[0] === '*' && pattern.endsWith('*') && pattern.length > 1) return name.includes(core);
  if (pattern[0] === '*') return name.endsWith(core);
  if (pattern.endsWith('*')) return name.startsWith(core);
  return name === pattern;
}

/** Removes every cookie the page can see whose name matches one of `decls`. */
export function deleteCookies(env: Env, decls: CookieDecl[], path: string): void {
  for (const pair of env.doc.cookie.split('; ')) {
    const name = pair.slice(0, pair.indexOf('='));
    const decl = decls.find((d) => matchCookie(d.name, name));
    if (decl) removeCookie(env, name, path, decl.domain);
  }
}
