// Entry of dist/consentry-banner.js: hands the mount function to consentry.js in a window
// event (see src/loader/load-script.ts), so the chunk defines no global of its own.
import { mountBanner } from './mount';

dispatchEvent(new CustomEvent('consentry:banner', { detail: mountBanner }));
