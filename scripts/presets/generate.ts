// `npm run presets`: writes every file derived from the preset database.
import { writeFileSync } from 'node:fs';
import { renderPresetFiles } from './render';

for (const [path, content] of Object.entries(renderPresetFiles())) {
  writeFileSync(path, content);
  console.log(`wrote ${path}`);
}
