// What the script-tag build puts on window, for tests that run code in the page.
import type { Consentry as Instance } from '../../src/types';

declare global {
  var Consentry: Instance | undefined;
}
