/**
 * `consentry.schema.json`: the validator's config shape (`configShape` in validate.ts), run
 * with combinators that build JSON Schema instead of checking values. Build time only:
 * rollup.config.js runs it; no browser bundle imports it.
 *
 * Structure, keys, enums, patterns and required keys come from the shape itself. A leaf
 * checked by a predicate (`is(isSafeUrl, …)`) has no pattern to read, so its schema is
 * looked up by the words the validator prints for it: `LEAVES` below, and building fails
 * on a leaf it does not know, so the two cannot drift apart silently.
 */
import { PRESET_IDS } from '../gate/presets';
import { configShape, type ShapeKit } from './validate';

type Schema = Record<string, unknown>;

/** A built fragment; the class tells a fragment from an object of named fields. */
class Fragment {
  constructor(readonly schema: Schema) {}
}

/** Schemas of the predicate-checked leaves, by the validator's wording of what it expected. */
const LEAVES: Record<string, Schema> = {
  'a string': { type: 'string' },
  'true or false': { type: 'boolean' },
  'an https:, http: or relative URL': { type: 'string', minLength: 1, not: { pattern: '^(?![hH][tT][tT][pP][sS]?:)[a-zA-Z][a-zA-Z0-9+.-]*:' } },
  'a domain name such as "example.com"': { type: 'string', pattern: '^\\.?[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(\\.[a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$' },
  'a host name or a URL prefix such as "https://example.com/js/"': { type: 'string', pattern: '^([a-zA-Z0-9][a-zA-Z0-9.-]*|([hH][tT][tT][pP][sS]?:)?//[^\\s/].*)$' },
  'a category name': { type: 'string', pattern: '^[a-zA-Z][a-zA-Z0-9_-]{0,31}$' },
  'a whole number from 0': { type: 'integer', minimum: 0, maximum: 2 ** 31 - 1 },
};

/** Property names of maps, by the validator's wording of what a key must be. */
const KEYS: Record<string, Schema | undefined> = {
  'a name (a letter, then letters, digits, _ or -)': { pattern: '^[a-zA-Z][a-zA-Z0-9_-]{0,31}$' },
  'a region code or "default"': { pattern: '^[a-zA-Z0-9-]{1,16}$' },
  'a language code such as "pt-BR"': { pattern: '^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{2,8}){0,2}$' },
  'a text key': undefined,
};

/** A JavaScript pattern as JSON Schema's flag-less dialect: case-insensitive classes spelt out. */
const patternOf = ({ source, flags }: RegExp) => (flags.includes('i') ? source.replace(/a-z/g, 'a-zA-Z') : source);

const unknownLeaf = (what: string, words: string) => {
  throw new Error(`consentry.schema.json: no schema for the ${what} "${words}"; add it to src/config/schema.ts`);
};

const kit: ShapeKit<Fragment> = {
  is: (_ok, expected) => {
    const days = /^days from (\d+) to (\d+)$/.exec(expected);
    if (days) return new Fragment({ type: 'number', minimum: Number(days[1]), maximum: Number(days[2]), description: expected });
    const schema = LEAVES[expected] ?? unknownLeaf('value', expected);
    // An editor shows the description on hover: worth it where the type alone does not say it.
    return new Fragment(schema.type === 'boolean' || expected === 'a string' ? schema : { ...schema, description: expected });
  },
  matches: (pattern, expected) => new Fragment({ type: 'string', pattern: patternOf(pattern), description: expected }),
  oneOf: (...options) => new Fragment({ enum: options }),
  either: (_test, then, otherwise) => new Fragment({ anyOf: [then.schema, otherwise.schema] }),
  object(rule, _keyOk, expectedKey = 'a name (a letter, then letters, digits, _ or -)') {
    if (rule instanceof Fragment) {
      if (!(expectedKey in KEYS)) unknownLeaf('key', expectedKey);
      const names = KEYS[expectedKey];
      return new Fragment({ type: 'object', ...(names && { propertyNames: names }), additionalProperties: rule.schema });
    }
    const properties = Object.fromEntries(Object.entries(rule).map(([key, field]) => [key, field.schema]));
    return new Fragment({ type: 'object', properties, additionalProperties: false });
  },
  required: (rule, key) => new Fragment({ ...rule.schema, required: [key] }),
  list: (rule) => new Fragment({ type: 'array', items: rule.schema }),
  preset: new Fragment({ enum: [...PRESET_IDS], description: 'the id of a built-in preset' }),
};

/** The JSON Schema of a Consentry config (draft-07, which editors support best). */
export function configSchema(version: string): Schema {
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: `https://unpkg.com/consentry@${version}/dist/consentry.schema.json`,
    title: 'Consentry configuration',
    description:
      'The shape Consentry accepts. Cross-key rules (a service\'s category must be configured, a mode map needs "default") are checked by validateConfig() and on the console.',
    ...configShape(kit).schema,
  };
}
