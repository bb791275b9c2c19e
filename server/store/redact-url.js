// @ts-check
/**
 * A connection string with its password hidden, for logs and messages.
 */

/** @param {string} url */
export function redactUrl(url) {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    for (const key of [...parsed.searchParams.keys()]) if (/pass|secret|key|token/i.test(key)) parsed.searchParams.set(key, '***');
    return parsed.toString();
  } catch {
    return '(a DATABASE_URL that is not a URL)';
  }
}
