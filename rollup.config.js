// The build, as a table of outputs; each says who loads it. The folders decide what ships
// where: src/gate/ is consentry.js (every visit), src/manager/ consentry-manager.js,
// banner/ the first layer's chunk, banner/preferences/ the preference centre's.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { buildSync, transformSync } from 'esbuild';
import { chmodSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import dts from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
const { version: scannerVersion } = JSON.parse(readFileSync('./scanner/package.json', 'utf8'));
const banner = `/*! consentry v${version} | MIT */`;

/** Languages with a file of their own (banner/texts/<code>.ts); English is built into the banner. */
const LANGUAGES = readdirSync('banner/texts')
  .filter((file) => file.endsWith('.ts') && file !== 'en.ts')
  .map((file) => file.slice(0, -3));

/** `import css from './styles.css?raw'`: the stylesheet as a string, minified by esbuild. */
const cssAsText = () => ({
  name: 'css-as-text',
  resolveId: (id, importer) => (id.endsWith('.css?raw') ? resolve(dirname(importer), id) : null),
  load(id) {
    if (!id.endsWith('.css?raw')) return null;
    const { code } = transformSync(readFileSync(id.slice(0, -4), 'utf8'), { loader: 'css', minify: true });
    return `export default ${JSON.stringify(code.trim())};`;
  },
});

/**
 * `handoff:<event>`: a chunk of the script-tag build that hands what `module` exports (`name`,
 * or the whole module) to consentry.js in a window event (src/loader/load-script.ts), so it
 * defines no global of its own.
 */
const HANDOFFS = {
  manager: ['src/manager/manager.ts', 'startManager'],
  banner: ['banner/mount.ts', 'mountBanner'],
  preferences: ['banner/preferences/preferences-part.ts'],
  presets: ['banner/texts/presets/en.ts', 'PRESET_TEXTS'],
  debug: ['src/debug/debug.ts', 'startDebug'],
  ...Object.fromEntries(LANGUAGES.map((language) => [`texts:${language}`, [`banner/texts/${language}.ts`, 'texts']])),
};
const handoff = () => ({
  name: 'handoff',
  resolveId: (id) => (id.startsWith('handoff:') ? '\0' + id : null),
  load(id) {
    if (!id.startsWith('\0handoff:')) return null;
    const event = id.slice(9);
    const [module, name] = HANDOFFS[event];
    const [kind, language] = event.split(':');
    const payload = name ? `{ ${name} as payload }` : '* as payload';
    const detail = language ? `{ language: ${JSON.stringify(language)}, texts: payload }` : 'payload';
    return `import ${payload} from ${JSON.stringify(resolve(module))};\ndispatchEvent(new CustomEvent('consentry:${kind}', { detail: ${detail} }));`;
  },
});

/**
 * `consentry.schema.json`, built from the validator's own config shape (src/manager/schema.ts
 * runs `configShape` with JSON Schema combinators): one source of truth, no second copy.
 */
const configSchema = () => ({
  name: 'config-schema',
  async generateBundle() {
    const [bundled] = buildSync({ entryPoints: ['src/manager/schema.ts'], bundle: true, format: 'esm', platform: 'neutral', write: false, logLevel: 'silent' }).outputFiles;
    const module = await import('data:text/javascript;base64,' + Buffer.from(bundled.text).toString('base64'));
    this.emitFile({ type: 'asset', fileName: 'consentry.schema.json', source: JSON.stringify(module.configSchema(version), null, 2) + '\n' });
  },
});

/**
 * What an npm entry imports from the other entries stays an import of that entry's file, so
 * no module of one entry lands in a chunk another entry loads: the core (`consentry` in the
 * adapters, `src/index` in the banner) is `./index.mjs`, and the core's `import()`s of the
 * manager, the banner, debug mode and languages are their files.
 */
const ENTRIES = {
  'src/index.ts': 'index',
  'src/manager/manager.ts': 'manager',
  'src/debug/debug.ts': 'debug',
  'banner/index.ts': 'banner',
  ...Object.fromEntries(LANGUAGES.map((language) => [`banner/texts/${language}.ts`, `i18n/${language}`])),
};
const otherEntries = (own) => ({
  name: 'other-entries',
  resolveId(id, importer) {
    const source = id === 'consentry' ? 'src/index.ts' : importer && id.startsWith('.') ? relative('.', resolve(dirname(importer), id)) + '.ts' : undefined;
    const entry = ENTRIES[source];
    return entry && !own.includes(entry) ? { id: `./${entry}.mjs`, external: true } : null;
  },
});

/** An npm build of `input`'s entries, each in `dist/<name>.mjs`, with source maps. */
const npm = (input, { plugins = [], ...output } = {}) => ({
  input,
  external: ['js-cookie', 'preact', /^preact\//, ...FRAMEWORKS],
  onwarn: quietDirectives,
  // js-cookie and the frameworks have no import-time effects: no bare `import 'js-cookie'` in the adapters.
  treeshake: { moduleSideEffects: 'no-external' },
  plugins: [otherEntries(Object.keys(input)), ...transpile(), ...plugins],
  output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', sourcemap: true, hoistTransitiveImports: false, banner, ...output },
});

/** The frameworks are the app's own copies (optional peer dependencies), never bundled. */
const FRAMEWORKS = ['react', 'vue'];

/** Rollup drops module-level directives when bundling; `'use client'` is put back by `output.banner`. */
const quietDirectives = (warning, warn) =>
  warning.code === 'MODULE_LEVEL_DIRECTIVE' || (warning.code === 'SOURCEMAP_ERROR' && warning.id?.includes('adapters')) || warn(warning);

const transpile = () => [cssAsText(), nodeResolve(), esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', tsconfig: 'tsconfig.json' })];

const minify = () =>
  terser({
    ecma: 2020,
    compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
    format: { preamble: banner, comments: false },
  });

/** A self-contained script for a `<script>` tag. */
const script = (input, file) => ({
  input,
  plugins: [handoff(), ...transpile()],
  output: { file, format: 'iife', sourcemap: true, plugins: [minify()] },
});

/**
 * A Node command (what a package.json `bin` runs): one ES2020 file with a `#!` line, executable
 * as npm makes an installed bin (in this repository `npx consentry` runs the file itself). No
 * source map: Node runs the file as it is, and a map would only weigh on every install (issue 23).
 */
const command = (input, file, { external = [], plugins = [], notice }) => ({
  input,
  external: [/^node:/, ...external],
  plugins: [nodeResolve(), esbuild({ target: 'es2020', tsconfig: 'tsconfig.json' }), ...plugins, { name: 'executable', writeBundle: () => chmodSync(file, 0o755) }],
  output: { file, format: 'es', banner: `#!/usr/bin/env node\n/*! ${notice} */` },
});

/** The Open Cookie Database's licence beside the file that carries a table derived from it. */
const datasetLicence = (carrier) => ({
  name: 'dataset-licence',
  generateBundle() {
    const licence = readFileSync('scripts/cookie-database/LICENSE', 'utf8');
    const source =
      `${carrier} contains a table derived from the Open Cookie Database\n(https://github.com/jkwakman/Open-Cookie-Database), ` +
      'under the Apache License 2.0 below. Changed from the original:\nthe CSV turned into a table, vendors listed once, domains reduced to host names,\n' +
      `wildcards written as a trailing "*", spaces trimmed.\n\n${licence}`;
    this.emitFile({ type: 'asset', fileName: 'open-cookie-database.LICENSE.txt', source });
  },
});

export default [
  // The gate: config, the stored choice, gating, signals, the API. Every visit loads it, first in <head>.
  script('src/loader/consentry.ts', 'dist/consentry.js'),
  // Full config checking, withdrawal, receipts, the views: a first visit, a view, a side effect.
  script('handoff:manager', 'dist/consentry-manager.js'),
  // The first layer (plain DOM, English, its CSS): fetched beside the manager when the banner shows.
  script('handoff:banner', 'dist/consentry-banner.js'),
  // The preference centre (Preact, its dialog, focus trap and CSS): only when it opens.
  script('handoff:preferences', 'dist/consentry-preferences.js'),
  // The built-in presets' English texts: with the preference centre, when the config uses a preset.
  script('handoff:presets', 'dist/consentry-presets.js'),
  // Debug mode: only with `debug: true`.
  script('handoff:debug', 'dist/consentry-debug.js'),
  // Everything above in one file, for sites that want a single request.
  script('src/loader/consentry-all.ts', 'dist/consentry.all.js'),
  // One language, loaded when the page shows it.
  ...LANGUAGES.map((language) => script(`handoff:texts:${language}`, `dist/i18n/${language}.js`)),

  // npm: each entry a graph of its own, so that what the core imports on demand (the manager,
  // the banner, debug mode, languages) is never in a chunk the core shares at start; the
  // adapters and the banner import the core's entry as an app would.
  npm({ index: 'src/index.ts' }, { plugins: [configSchema()] }),
  npm({ manager: 'src/manager/manager.ts', debug: 'src/debug/debug.ts' }),
  npm({ banner: 'banner/index.ts' }),
  npm({ react: 'adapters/react/index.ts', vue: 'adapters/vue/index.ts' }, { banner: (chunk) => (chunk.name === 'react' ? `${banner}\n'use client';` : banner) }),
  // consentry/server: Node and edge runtimes, with its own copy of the codec and the validator.
  npm({ server: 'src/server/index.ts' }),
  npm(Object.fromEntries(LANGUAGES.map((language) => [`i18n/${language}`, `banner/texts/${language}.ts`]))),

  // The commands: the SDK's `consentry` (check; scan is handed to consentry-scan) and the scanner's.
  command('cli/main.ts', 'dist/cli.mjs', { notice: `consentry v${version} | MIT` }),
  // consentry-scan (scanner/package.json, whose bin imports it): playwright-core, its dependency, is imported when a scan
  // runs. It carries a table made from the Open Cookie Database (Apache 2.0), whose licence ships beside it.
  command('scanner/main.ts', 'scanner/dist/consentry-scan.mjs', {
    external: ['playwright-core'],
    plugins: [datasetLicence('consentry-scan.mjs')],
    notice: `consentry-scan v${scannerVersion} | MIT. Cookie data: Open Cookie Database, Apache-2.0 (open-cookie-database.LICENSE.txt)`,
  }),

  // Types for the npm entries; every language module has the same shape.
  {
    input: { index: 'src/index.ts', banner: 'banner/index.ts', react: 'adapters/react/index.ts', vue: 'adapters/vue/index.ts', server: 'src/server/index.ts' },
    external: FRAMEWORKS,
    plugins: [
      { name: 'consentry-self', resolveId: (id) => (id === 'consentry' ? resolve('src/index.ts') : null) },
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
