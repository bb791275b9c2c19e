// Builds the single-page app example as an app would: it imports `consentry` from npm (here,
// this repository's dist/), and rollup code-splits the banner into its own chunk.
import nodeResolve from '@rollup/plugin-node-resolve';
import esbuild from 'rollup-plugin-esbuild';
import { fileURLToPath } from 'node:url';

const dist = (file) => fileURLToPath(new URL(`../../dist/${file}`, import.meta.url));

export default {
  input: fileURLToPath(new URL('app.tsx', import.meta.url)),
  plugins: [
    // What npm would resolve: the package's "exports" point at dist/.
    { name: 'consentry-package', resolveId: (id) => (id === 'consentry' ? dist('index.mjs') : id === 'consentry/banner' ? dist('banner.mjs') : null) },
    nodeResolve(),
    esbuild({ target: 'es2020', jsx: 'automatic', jsxImportSource: 'preact', minify: true }),
  ],
  output: { dir: fileURLToPath(new URL('build', import.meta.url)), format: 'es', entryFileNames: 'app.js', chunkFileNames: '[name]-[hash].js' },
};
