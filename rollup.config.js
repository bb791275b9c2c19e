// The build, as a table of outputs. Each entry says who loads the file.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import dts from 'rollup-plugin-dts';
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
  output: { file, format: 'iife', plugins: [minify()] },
});

export default [
  // The script tag: config, storage, gating, signals and the banner loader. Every visit loads it.
  iife('src/loader/consentry.ts', 'dist/consentry.js'),

  // The banner and preference centre, with Preact, CSS and English. consentry.js injects it
  // only when a view must show.
  iife('banner/chunk.ts', 'dist/consentry-banner.js'),

  // The built-in presets' English texts; the banner fetches it only when the config uses a preset.
  iife('presets:en', 'dist/consentry-presets.js', [presetsEntry()]),

  // consentry.js and the banner in one file, for sites that want a single request.
  iife('src/loader/consentry-all.ts', 'dist/consentry.all.js'),

  // One language for the script tag; consentry.js loads it when the page shows that language.
  ...LANGUAGES.map((language) => iife(`i18n:${language}`, `dist/i18n/${language}.js`, [i18nEntry()])),

  // npm: the core, the banner it imports on demand, and each language as a module of its own.
  {
    input: {
      index: 'src/index.ts',
      banner: 'banner/index.ts',
      ...Object.fromEntries(LANGUAGES.map((language) => [`i18n/${language}`, `banner/texts/${language}.ts`])),
    },
    external: ['js-cookie', 'preact', /^preact\//],
    plugins: transpile(),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', banner },
  },

  // Types for the npm entries; every language module has the same shape.
  {
    input: { index: 'src/index.ts', banner: 'banner/index.ts' },
    plugins: [
      dts(),
      {
        name: 'language-types',
        generateBundle() {
          this.emitFile({
            type: 'asset',
            fileName: 'i18n/language.d.ts',
            source: "import type { TextOverrides } from '../index';\n/** One language's texts, for config.translations. */\nexport declare const texts: TextOverrides;\n",
          });
        },
      },
    ],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts', chunkFileNames: 'types.d.ts' },
  },
];
