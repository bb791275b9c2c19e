// Every TypeScript snippet of the README and docs/ compiles against the package's published
// types, as a user pasting it would have it (issue 24, item 2): `import … from 'consentry'`
// resolves through the package's own `exports` to dist/*.d.ts, and `./consentry.json` is a
// real JSON file, which TypeScript reads with its strings widened (the trap that made
// `next build` fail with TS2322). Names a snippet takes for granted from the reader's app
// (`startAnalytics`, `request`) are declared once, below; nothing else is stubbed but the
// frameworks that are not installed here (Next.js).
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const DOCS = ['README.md', ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => join('docs', file))];

interface Snippet {
  where: string;
  code: string;
  jsx: boolean;
}

const snippets: Snippet[] = DOCS.flatMap((file) => {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/```(tsx?)\n([\s\S]*?)```/g)].map((match) => ({
    where: `${file}:${text.slice(0, match.index).split('\n').length}`,
    code: match[2]!,
    jsx: match[1] === 'tsx',
  }));
});

/** What a snippet takes from the reader's own app, and the frameworks not installed here. */
const AMBIENT = `
declare function startAnalytics(): void;
declare function stopAnalytics(): void;
declare function sendServerSidePageView(): void;
declare const request: Request;
declare const Routes: () => null;
declare const config: import('consentry').Config;
declare module '*.vue' { const component: import('vue').Component; export default component; }
declare module 'next/server' {
  export class NextRequest extends Request {}
  export class NextResponse extends Response { static next(): NextResponse; }
}
declare module 'next/headers' { export function headers(): Promise<Headers>; }
`;

/** The JSON config of the docs, as a site writes it: strings that TypeScript widens on import. */
const CONSENTRY_JSON = { $schema: './node_modules/consentry/dist/consentry.schema.json', policyUrl: '/privacy', mode: 'opt-in', theme: 'dark', services: { ga: 'google-analytics' } };

describe('the documented TypeScript snippets', () => {
  it(`are ${snippets.length} in number (the test reads them all)`, () => {
    expect(snippets.length).toBeGreaterThanOrEqual(10);
  });

  it('each compile, strictly, against the published types', () => {
    // Inside the package folder, so that `consentry` resolves to the package itself (its `exports`).
    const dir = join('build', 'doc-snippets');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'ambient.d.ts'), AMBIENT);
    writeFileSync(join(dir, 'consentry.json'), JSON.stringify(CONSENTRY_JSON, null, 2));
    writeFileSync(join(dir, 'consent-proxy.ts'), "export { reissueConsent } from '../../examples/server-side/next/consent-proxy';\n");
    const files = snippets.map((snippet, i) => {
      const file = join(dir, `snippet-${i}.${snippet.jsx ? 'tsx' : 'ts'}`);
      // A snippet without an import is a script to TypeScript: make each one a module of its own.
      writeFileSync(file, `${snippet.code}\nexport {};\n`);
      return file;
    });
    const program = ts.createProgram([join(dir, 'ambient.d.ts'), ...files], {
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      resolveJsonModule: true,
      jsx: ts.JsxEmit.ReactJSX,
      jsxImportSource: 'react',
      lib: ['lib.es2022.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
      types: [],
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((diagnostic) => diagnostic.file && files.includes(diagnostic.file.fileName.replace(/^.*?(build\/doc-snippets\/)/, '$1')))
      .map((diagnostic) => {
        const index = files.indexOf(diagnostic.file!.fileName.replace(/^.*?(build\/doc-snippets\/)/, '$1'));
        const { line } = diagnostic.file!.getLineAndCharacterOfPosition(diagnostic.start!);
        return `${snippets[index]!.where} (+${line}): TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
      });
    expect(problems).toEqual([]);
  }, 60_000);
});
