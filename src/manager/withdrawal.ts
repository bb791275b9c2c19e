/**
 * Withdrawal, the manager's side: the declared cookies of withdrawn categories and services
 * are deleted (names with `*` wildcards, on the current host, each parent domain, the
 * declared domain and the paths the page can see: only first-party cookies can be removed
 * from the page), and the page reloads when their scripts already ran, since running code
 * cannot be unloaded. Blocked frames are detached first, so that no engine restores their
 * old address from session history during the reload.
 */
import type { CookieJar } from '../consent/cookie-jar';
import type { Env } from '../env';
import type { Gating } from '../gating/gating';
import type { Consentry, CookieDecl, ResolvedConfig } from '../types';
import { removeCookie } from './storage';

/** `_ga_*` matches `_ga_ABC`, `*_session` matches `php_session`, a plain name only itself. Pure. */
export function matchCookie(pattern: string, name: string): boolean {
  const core = pattern.replace(/^\*|\*$/g, '');
  if (pattern[0] === '*' && pattern.endsWith('*') && pattern.length > 1) return name.includes(core);
  if (pattern[0] === '*') return name.endsWith(core);
  if (pattern.endsWith('*')) return name.startsWith(core);
  return name === pattern;
}

/** Removes every cookie the page can see whose name matches one of `decls`. */
export function deleteCookies(env: Env, jar: CookieJar, decls: CookieDecl[], path: string): void {
  jar.forget(); // the page's own scripts may have set some in this very task
  for (const name of jar.names()) {
    const decl = decls.find((d) => matchCookie(d.name, name));
    if (decl) removeCookie(env, name, path, decl.domain);
  }
  jar.forget();
}

/** Acts on `withdrawn` (category and service names now refused). */
export function withdraw(env: Env, jar: CookieJar, config: ResolvedConfig, cmp: Consentry, gating: Gating, withdrawn: string[]): void {
  const decls: CookieDecl[] = [];
  for (const name of withdrawn) decls.push(...(config.categories[name]?.cookies ?? []));
  for (const id in config.services) {
    const service = config.services[id]!;
    if ((withdrawn.includes(id) || withdrawn.includes(service.category)) && !cmp.acceptedService(id)) decls.push(...service.cookies);
  }
  try {
    deleteCookies(env, jar, decls, config.cookie.path);
  } catch {
    // Cookies throw here: there is nothing of theirs to delete.
  }
  if (!config.reloadOnRevoke || !withdrawn.some((name) => gating.ran.has(name))) return;
  gating.detachBlocked();
  env.reload();
}
