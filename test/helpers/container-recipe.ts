// The ledger's container recipe (the `dockerfile` block of docs/ledger.md), carried out
// without Docker, which cannot run where these tests run: the image's WORKDIR becomes a
// temporary folder, COPY copies from the build context, RUN lines run as written with `sh`
// in that folder, and ENV, HEALTHCHECK and CMD are read for the tests to use as `docker run`
// would. USER, VOLUME, EXPOSE and STOPSIGNAL only concern the image and are not carried out.
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cleanEnv, pack, ROOT, run } from './packages';

export interface Recipe {
  /** The Dockerfile's lines, continuation lines joined. */
  lines: string[];
  from: string;
  workdir: string;
  /** COPY: the files taken from the build context (the folder `docker build` runs in). */
  copies: string[];
  runs: string[];
  env: Record<string, string>;
  healthcheck: string;
  cmd: string[];
}

/** The `dockerfile` block of a markdown file (there must be exactly one), read instruction by instruction. */
export async function readRecipe(markdown = join(ROOT, 'docs/ledger.md')): Promise<Recipe> {
  const blocks = [...(await readFile(markdown, 'utf8')).matchAll(/```dockerfile\n([\s\S]*?)```/g)];
  if (blocks.length !== 1) throw new Error(`${markdown}: expected one dockerfile block, found ${blocks.length}`);
  const lines = blocks[0]![1]!
    .replace(/\\\n\s*/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  const args = (instruction: string) => lines.filter((line) => line.startsWith(instruction + ' ')).map((line) => line.slice(instruction.length + 1).trim());
  const one = (instruction: string) => {
    const found = args(instruction);
    if (found.length !== 1) throw new Error(`the recipe should have one ${instruction}, has ${found.length}`);
    return found[0]!;
  };
  const env = Object.fromEntries(args('ENV').flatMap((line) => [...line.matchAll(/(\w+)=(\S+)/g)].map(([, key, value]) => [key!, value!])));
  return {
    lines,
    from: one('FROM'),
    workdir: one('WORKDIR'),
    // `COPY [--chown=…] <source>… ./`: the sources, into the WORKDIR.
    copies: args('COPY').flatMap((line) => {
      const words = line.split(/\s+/).filter((word) => !word.startsWith('--'));
      if (words.at(-1) !== './') throw new Error(`COPY ${line}: only copies into the WORKDIR (./) are carried out`);
      return words.slice(0, -1);
    }),
    runs: args('RUN'),
    env,
    healthcheck: one('HEALTHCHECK').replace(/^CMD\s+/, ''),
    cmd: JSON.parse(one('CMD')) as string[],
  };
}

/** A value of the image's environment as it reads outside it: paths in the image's WORKDIR moved into `folder`. */
export const outside = (recipe: Recipe, folder: string, value: string) =>
  value === recipe.workdir || value.startsWith(recipe.workdir + '/') ? folder + value.slice(recipe.workdir.length) : value;

/** The recipe's environment outside the image, with what `docker run -e` adds. */
export const recipeEnv = (recipe: Recipe, folder: string, extra: Record<string, string> = {}) =>
  cleanEnv({ ...Object.fromEntries(Object.entries(recipe.env).map(([key, value]) => [key, outside(recipe, folder, value)])), ...extra });

/** The image's build steps in `folder` (its WORKDIR): COPY from `context`, then every RUN line as written. */
export async function buildOutside(recipe: Recipe, context: string, folder: string): Promise<void> {
  for (const source of recipe.copies) await copyFile(join(context, source), join(folder, source));
  for (const line of recipe.runs) {
    // ENV comes after the RUN lines in the recipe, so they run without it, as in the image.
    const result = await run('sh', ['-c', line], { cwd: folder, timeout: 300_000 });
    if (result.code !== 0) throw new Error(`RUN ${line}\nfailed (${result.code}): ${result.stderr}`);
  }
}

export interface InstalledLedger {
  recipe: Recipe;
  /** The image's WORKDIR, outside the image. */
  folder: string;
  /** The installed package, `<folder>/node_modules/consentry-ledger`. */
  packageDir: string;
}

/** consentry-ledger packed from this repository and installed by the recipe into a fresh folder outside it. */
export async function installLedgerByRecipe(): Promise<InstalledLedger> {
  const recipe = await readRecipe();
  const [context, folder] = await Promise.all([mkdtemp(join(tmpdir(), 'consentry-ledger-context-')), mkdtemp(join(tmpdir(), 'consentry-ledger-image-'))]);
  try {
    await pack('consentry-ledger', context);
    await buildOutside(recipe, context, folder);
  } finally {
    await rm(context, { recursive: true, force: true });
  }
  return { recipe, folder, packageDir: join(folder, 'node_modules', 'consentry-ledger') };
}
