// The instance as the tests drive it: the gate with the manager in the same bundle (as in
// consentry.all.js), so that checking, writes, withdrawal and the UI follow at once.
import { startGate, type GateOptions } from '../../src/gate/gate';
import { startManager } from '../../src/manager/manager';

export type InstanceOptions = GateOptions;

export const createInstance = (input?: unknown, options: InstanceOptions = {}) => startGate(input, { manager: startManager, ...options });
