// Every file derived from the preset database is committed as `npm run presets` writes it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderPresetFiles } from '../../scripts/presets/render';

describe('files generated from the preset database', () => {
  const files = Object.entries(renderPresetFiles());

  it('cover the gate table, the banner texts of every language and the docs', () => {
    expect(files.map(([path]) => path)).toEqual(
      expect.arrayContaining(['src/gate/preset-table.ts', 'src/manager/preset-details-table.ts', 'banner/texts/presets/en.ts', 'banner/texts/presets/de.ts', 'docs/presets.md']),
    );
  });

  it.each(files)('%s is up to date (run `npm run presets`)', (path, content) => {
    expect(readFileSync(path, 'utf8')).toBe(content);
  });
});
