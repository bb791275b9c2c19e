/**
 * Cookie-name wildcards, the one owner of what they mean: for withdrawal (the manager deletes
 * what a category declared) and for the scanner (what a config or a preset declares). Pure.
 */

/** `_ga_*` matches `_ga_ABC`, `*_session` matches `php_session`, `*x*` any name holding `x`, a plain name only itself. Pure. */
export function matchCookie(pattern: string, name: string): boolean {
  const core = pattern.replace(/^\*|\*$/g, '');
  if (pattern[0] == '*' && pattern.endsWith('*') && pattern.length > 1) return name.includes(core);
  if (pattern[0] == '*') return name.endsWith(core);
  if (pattern.endsWith('*')) return name.startsWith(core);
  return name == pattern;
}
