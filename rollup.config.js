// The build, as a table of outputs. Each entry says who loads the file.
import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import dts from 'rollup-plugin-dts';
import esbuild from 'rollup-plugin-esbuild';

const { version } = JSON.parse(readFileSync('./package.json', 'utf8'));
const banner = `/*! consentry v${version} | MIT */`;

const transpile = () => [
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
const iife = (input, file) => ({
  input,
  plugins: transpile(),
  output: { file, format: 'iife', plugins: [minify()] },
});

export default [
  // The script tag: config, storage, gating, signals and the banner loader. Every visit loads it.
  iife('src/loader/consentry.ts', 'dist/consentry.js'),

  // npm: the core; bundlers code-split the banner it imports on demand.
  {
    input: { index: 'src/index.ts' },
    external: ['js-cookie', 'preact', /^preact\//],
    plugins: transpile(),
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].mjs', chunkFileNames: '[name]-[hash].mjs', banner },
  },

  // Types for the npm entries.
  {
    input: { index: 'src/index.ts' },
    plugins: [dts()],
    output: { dir: 'dist', format: 'es', entryFileNames: '[name].d.ts' },
  },
];
