// Entry of dist/consentry-banner.js: hands the mount function to consentry.js in a window
// event (see src/loader/load-script.ts), so the chunk defines no global of its own.
// consentry.js passes it a loader for consentry-presets.js when the config uses presets.
import { mountBanner } from './mount';

dispatchEvent(new CustomEvent('consentry:banner', { detail: mountBanner }));
