// The instance as the tests drive it: the gate with the manager in the same bundle (as in
// consentry.all.js), so that writes, withdrawal and the UI follow a choice at once.
import { createInstance as createGate, type InstanceOptions } from '../../src/consentry';
import { startManager } from '../../src/manager/manager';

export const createInstance = (input?: unknown, options: InstanceOptions = {}) => createGate(input, { manager: startManager, ...options });
