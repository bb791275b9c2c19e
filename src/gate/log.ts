/**
 * Console messages in one shape (`consentry: <where>: <what>`), each printed once per
 * instance, so an unknown category on 200 elements prints one line. The gate's own are
 * short (docs/messages.md says more about each); the manager's validator names every config
 * problem in full.
 */

export type Log = (level: 'error' | 'warn', message: string, detail?: unknown) => void;

export function createLog(): Log {
  const printed = new Set<string>();
  return (level, message, detail) => {
    if (printed.has(message)) return;
    printed.add(message);
    console[level]('consentry: ' + message, ...(detail === undefined ? [] : [detail]));
  };
}

/** How a bad value reads in a message: `42`, `"x"`, `null`, `[1,2]`, `{"a":1}`, cut at 40 characters. */
export function describeValue(value: unknown): string {
  try {
    if (value && typeof value == 'object') return JSON.stringify(value).slice(0, 40);
  } catch {
    return 'an object';
  }
  return typeof value == 'string' ? JSON.stringify(value.slice(0, 40)) : String(value);
}
