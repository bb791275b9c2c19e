/**
 * Withdrawal, the manager's side: the declared cookies of withdrawn categories and services
 * are deleted (wildcards included, on the current host, each parent domain, the declared
 * domain and the paths the page can see: only first-party cookies can be removed from the
 * page). Services that are still granted keep theirs. The gate reloads the page afterwards
 * when the withdrawn names' scripts already ran.
 */
import type { States } from '../gate/consent';
import type { Env } from '../gate/env';
import type { CookieDecl, ResolvedConfig } from '../types';
import { deleteCookies } from './cookies';

export function withdraw(env: Env, config: ResolvedConfig, withdrawn: string[], states: States): void {
  const decls: CookieDecl[] = [];
  for (const name of withdrawn) decls.push(...(config.categories[name]?.cookies ?? []));
  for (const id in config.services) {
    const service = config.services[id]!;
    if ((withdrawn.includes(id) || withdrawn.includes(service.category)) && !states.services[id]) decls.push(...service.cookies);
  }
  try {
    deleteCookies(env, decls, config.cookie.path);
  } catch {
    // Cookies throw here: there is nothing of theirs to delete.
  }
}
