// The build, as a table of outputs. Each entry says who loads the file.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import dts from 'rollup-plugin-dts';
import { buildSync } from 'esbuild';
import esbuild from 'rollup-plugin-esbuild';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
const banner = `/*! consentry v${version} | MIT */`;

/** Languages with a file of their own (banner/texts/<code>.ts); English is built into the banner. */
const LANGUAGES = readdirSync('banner/texts')
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

/** `import css from './styles.css?raw'`: the stylesheet as a string, comments and spacing dropped. */
const css = () => ({
  name: 'css-raw',
  resolveId: (id, importer) => (id.endsWith('.css?raw') ? resolve(dirname(importer), id) : null),
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    const text = readFileSync(id.slice(0, -4), 'utf8')
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\s+/g, ' ')
      .replace(/ ?([{};,>]) ?/g, '$1')
      .replace(/: /g, ':')
      .replace(/ !important/g, '!important')
      .replace(/([ :(])0\./g, '$1.')
      .replace(/;}/g, '}')
      .trim();
    return `export default ${JSON.stringify(text)};`;
  },
});

/**
 * `i18n:<lang>`: the script-tag language file, which hands its texts to consentry.js in a
 * window event (src/loader/load-script.ts) instead of defining a global.
 */
const i18nEntry = () => ({
  name: 'i18n-entry',
  resolveId: (id) => (id.startsWith('i18n:') ? '\0' + id : null),
  load(id) {
    if (!id.startsWith('\0i18n:')) return null;
    const language = id.slice(6);
    return `import { texts } from ${JSON.stringify(resolve(`banner/texts/${language}.ts`))};
dispatchEvent(new CustomEvent('consentry:texts', { detail: { language: ${JSON.stringify(language)}, texts } }));`;
  },
});

/** `presets:en`: the presets' English texts for the script tag, handed over in a window event. */
const presetsEntry = () => ({
  name: 'presets-entry',
  resolveId: (id) => (id === 'presets:en' ? '\0presets:en' : null),
  load: (id) =>
    id === '\0presets:en'
      ? `import { PRESET_TEXTS } from ${JSON.stringify(resolve('banner/texts/presets/en.ts'))};
dispatchEvent(new CustomEvent('consentry:presets', { detail: PRESET_TEXTS }));`
      : null,
});

/**
 * The manager's chunk borrows the gate's modules (src/loader/shared.ts) rather than carry a
 * second copy: they stay external, and the chunk is wrapped in a function that receives
 * them, handed to consentry.js in a window event.
 */
const SHARED = [...readFileSync('src/loader/shared.ts', 'utf8').matchAll(/from '\.\.\/([\w/-]+)'/g)].map((match) => match[1]);
const sharedKey = (path) => path.replace(/[/-]/g, '_');
const borrowFromGate = () => ({
  name: 'borrow-from-gate',
  resolveId(source, importer) {
    if (!importer || !source.startsWith('.')) return null;
    const path = SHARED.find((shared) => resolve(dirname(importer), source).replace(/\.ts$/, '') === resolve('src', shared));
    return path ? { id: 'shared:' + path, external: true } : null;
  },
});
const managerChunk = (input, file) => ({
  input,
  plugins: [borrowFromGate(), ...transpile()],
  output: {
    file,
    format: 'iife',
    sourcemap: true,
    name: 'chunk',
    globals: (id) => 'shared.' + sharedKey(id.slice(7)),
    plugins: [minify()],
    banner: "dispatchEvent(new CustomEvent('consentry:manager',{detail:function(shared){",
    footer: 'return chunk}}));',
  },
});

/**
 * The preference centre's chunk borrows the banner chunk's modules the same way, one level
 * down: Preact and the banner view (banner/shared.ts) stay external, and the banner hands
 * them to the function that wraps the chunk when it loads it (src/loader/manager-chunk.ts).
 */
const BANNER_SHARED = [...readFileSync('banner/shared.ts', 'utf8').matchAll(/^import \{([^}]+)\} from '([^']+)'/gm)].map(([, names, source]) => ({
  key: source.replace(/^.*\//, '').replace(/-/g, '_'),
  id: source.startsWith('.') ? resolve('banner', source) : source,
  names: names.split(',').map((name) => name.trim()),
}));
const borrowFromBanner = () => ({
  name: 'borrow-from-banner',
  resolveId(source, importer) {
    if (!importer) return null;
    const target = source.startsWith('.') ? resolve(dirname(importer), source).replace(/\.tsx?$/, '') : source;
    const shared = BANNER_SHARED.find(({ id }) => id === target);
    return shared ? { id: 'banner-shared:' + shared.key, external: true } : null;
  },
  // A name the banner does not lend would be `undefined` at run time: refuse to build it.
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      for (const [id, names] of Object.entries(chunk.importedBindings ?? {})) {
        const lent = BANNER_SHARED.find(({ key }) => 'banner-shared:' + key === id)?.names ?? [];
        for (const name of names.filter((name) => !lent.includes(name)))
          this.error(`${chunk.fileName} imports "${name}" from ${id.slice(14)}, which banner/shared.ts does not lend: add it there`);
      }
    }
  },
});
const preferencesChunk = (input, file) => ({
  input,
  plugins: [borrowFromBanner(), ...transpile()],
  output: {
    file,
    format: 'iife',
    sourcemap: true,
    name: 'chunk',
    globals: (id) => 'shared.' + id.slice('banner-shared:'.length),
    plugins: [minify()],
    banner: "dispatchEvent(new CustomEvent('consentry:preferences',{detail:function(shared){",
    footer: 'return chunk}}));',
  },
});

/** `debug:entry`: debug mode for the script tag, handed over in a window event. */
const debugEntry = () => ({
  name: 'debug-entry',
  resolveId: (id) => (id === 'debug:entry' ? '\0debug:entry' : null),
  load: (id) =>
    id === '\0debug:entry'
      ? `import { startDebug } from ${JSON.stringify(resolve('src/debug.ts'))};
dispatchEvent(new CustomEvent('consentry:debug', { detail: startDebug }));`
      : null,
});

/**
 * `consentry.schema.json`, built from the validator's own config shape (src/config/schema.ts
 * runs `configShape` with JSON Schema combinators): one source of truth, no second copy.
 */
const configSchema = () => ({
  name: 'config-schema',
  async generateBundle() {
    const [bundled] = buildSync({ entryPoints: ['src/config/schema.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' }).outputFiles;
    const module = await import('data:text/javascript;base64,' + Buffer.from(bundled.text).toString('base64'));
    this.emitFile({ type: 'asset', fileName: 'consentry.schema.json', source: JSON.stringify(module.configSchema(version), null, 2) + '\n' });
  },
});

/** The adapters import `consentry` as an app would; in this build that is the core's source. */
const self = () => ({
  name: 'consentry-self',
  resolveId: (id) => (id === 'consentry' ? resolve('src/index.ts') : null),
});

/** The frameworks are the app's own copies (optional peer dependencies), never bundled. */
const FRAMEWORKS = ['react', 'vue'];

/** Rollup drops module-level directives when bundling; `'use client'` is put back by `output.banner`. */
const quietDirectives = (warning, warn) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' || (warning.code === 'SOURCEMAP_ERROR' && warning.id?.includes('adapters')) || warn(warning);

const transpile = () => [
  css(),
  nodeResolve(),
  esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: 'tsconfig.json' }),
];

const minify = () =>
  terser({
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { preamble: banner, comments: false },
  });

/** A self-contained script for a `<script>` tag. */
const iife = (input, file, plugins = []) => ({
  input,
  plugins: [...plugins, ...transpile()],
  output: { file, format: 'iife', sourcemap: true, plugins: [minify()] },
});

export default [
  // The script tag: config, storage, gating, signals and the banner loader. Every visit loads it.
  iife('src/loader/consentry.ts', 'dist/consentry.js'),

  // The manager (full config checking, writes, withdrawal, receipts) with the first layer,
  // Preact, its CSS and English: consentry.js injects it only when a visit needs one of them.
  managerChunk('src/loader/manager-chunk.ts', 'dist/consentry-banner.js'),

  // The preference centre (its dialog, focus trap, record download and CSS): the banner
  // fetches it only when it opens, and lends it Preact and its own view's helpers.
  preferencesChunk('banner/preferences-part.ts', 'dist/consentry-preferences.js'),

  // The built-in presets' English texts; the banner fetches them with the preference centre,
  // only when the config uses a preset.
  iife('presets:en', 'dist/consentry-presets.js', [presetsEntry()]),

  // Debug mode (src/debug.ts); consentry.js fetches it only with `debug: true` or on localhost.
  iife('debug:entry', 'dist/consentry-debug.js', [debugEntry()]),

  // consentry.js and the banner in one file, for sites that want a single request.
  iife('src/loader/consentry-all.ts', 'dist/consentry.all.js'),

  // One language for the script tag; consentry.js loads it when the page shows that language.
  ...LANGUAGES.map((language) => iife(`i18n:${language}`, `dist/i18n/${language}.js`, [i18nEntry()])),

  // npm: the core, the banner it imports on demand, each language as a module of its own, and
  // the framework adapters (which import the core's entry, so an app has one copy of it).
  {
    input: {
      index: 'src/index.ts',
      banner: 'banner/index.ts',
      react: 'adapters/react/index.ts',
      vue: 'adapters/vue/index.ts',
      ...Object.fromEntries(LANGUAGES.map((language) => [`i18n/${language}`, `banner/texts/${language}.ts`])),
    },
    external: ['js-cookie', 'preact', /^preact\//, ...FRAMEWORKS],
    onwarn: quietDirectives,
    // The debug chunk shares a helper with the core: index.mjs may export it (under a short
    // internal name) rather than moving the whole core into a chunk of its own.
    preserveEntrySignatures: 'allow-extension',
    // js-cookie and the frameworks have no import-time effects: no bare `import 'js-cookie'` in the adapters.
    treeshake: { moduleSideEffects: 'no-external' },
    plugins: [self(), ...transpile(), configSchema()],
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].mjs',
      chunkFileNames: '[name]-[hash].mjs',
      sourcemap: true,
      hoistTransitiveImports: false,
      // The React adapter runs in the browser only: Next.js' App Router needs the directive.
      banner: (chunk) => (chunk.name === 'react' ? `${banner}\n'use client';` : banner),
    },
  },

  // The `consentry` command (package.json `bin`): Node 20 (ES2020 like the rest), one file. playwright-core stays
  // outside, an optional peer the scanner imports only when it runs (docs/scanner.md).
  // It carries a table made from the Open Cookie Database (Apache 2.0), whose licence ships beside it.
  {
    input: 'cli/main.ts',
    external: ['playwright-core', /^node:/],
    plugins: [
      nodeResolve(),
      esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' }),
      {
        name: 'dataset-licence',
        generateBundle() {
          const licence = readFileSync('scripts/cookie-database/LICENSE', 'utf8');
          const source =
            'dist/cli.mjs contains a table derived from the Open Cookie Database\n(https://github.com/jkwakman/Open-Cookie-Database), ' +
            'under the Apache License 2.0 below. Changed from the original:\nthe CSV turned into a table, vendors listed once, domains reduced to host names,\n' +
            `wildcards written as a trailing "*", spaces trimmed.\n\n${licence}`;
          this.emitFile({ type: 'asset', fileName: 'open-cookie-database.LICENSE.txt', source });
        },
      },
    ],
    output: {
      file: 'dist/cli.mjs',
      format: 'es',
      sourcemap: true,
      banner: `#!/usr/bin/env node\n/*! consentry v${version} | MIT. Cookie data: Open Cookie Database, Apache-2.0 (open-cookie-database.LICENSE.txt) */`,
    },
  },

  // Types for the npm entries; every language module has the same shape.
  {
    input: { index: 'src/index.ts', banner: 'banner/index.ts', react: 'adapters/react/index.ts', vue: 'adapters/vue/index.ts' },
    external: FRAMEWORKS,
    plugins: [
      self(),
      dts(),
      {
        name: 'language-types',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'i18n/language.d.ts',
            // With its extension: `nodenext` resolution needs it, `bundler` accepts it.
            source: "import type { TextOverrides } from '../index.js';\n/** One language's texts, for config.translations. */\nexport declare const texts: TextOverrides;\n",
          });
        },
      },
    ],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'types.d.ts' },
  },
];
