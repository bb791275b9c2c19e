// The part of fs-native-extensions (holepunchto, no types of its own) the folder lock uses.
declare module 'fs-native-extensions' {
  /** Takes a lock on the open file description without waiting; false when another holds it. */
  export function tryLock(fd: number, options?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
}
