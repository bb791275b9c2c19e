/**
 * A request's headers as servers hand them over: Node's `IncomingMessage['headers']`
 * (lower-case keys; a string, or a list for a repeated header) or the Web's `Headers`
 * (edge runtimes, Next.js, Deno). One reader for both; it never throws.
 */

export type HeadersLike = { get(name: string): string | null } | Readonly<Record<string, string | readonly string[] | undefined>>;

/** The value of header `name` (any case), repeated values joined as HTTP joins them; `undefined` when absent. */
export function headerValue(headers: HeadersLike | null | undefined, name: string): string | undefined {
  if (!headers || typeof headers != 'object' || typeof name != 'string') return;
  const wanted = name.toLowerCase();
  if (typeof headers.get == 'function') return (headers as { get(name: string): string | null }).get(wanted) ?? undefined;
  // Node's keys are lower-case already; a hand-made object may not be.
  const key = Object.keys(headers).find((key) => key.toLowerCase() == wanted);
  const value = key === undefined ? undefined : (headers as Record<string, unknown>)[key];
  return typeof value == 'string' ? value : Array.isArray(value) ? value.join(', ') : undefined;
}
