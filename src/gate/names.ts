/**
 * The ground floor every part may import: what a category or service name is, and how to
 * ask an object for an own key. Pure.
 */

/** Category and service names: used in `data-consent`, in the stored cookie and as object keys. */
const NAME = /^[a-z][\w-]{0,31}$/i;

export const isObject = (value: unknown): value is Record<string, any> => !!value && typeof value == 'object' && !Array.isArray(value);

/** An own key of `obj`: never one `Object.prototype` lends it (`constructor`, `__proto__`). */
export const has = (obj: object, key: unknown): key is string => typeof key == 'string' && Object.prototype.hasOwnProperty.call(obj, key);

/** `true` for a name that may key a category or service: never an `Object.prototype` member. */
export const isName = (value: unknown): value is string => typeof value == 'string' && NAME.test(value) && !(value in {});
