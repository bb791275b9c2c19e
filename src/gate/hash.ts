/** FNV-1a, 32 bits, in base 36: small and fast; it detects corruption and edits, not forgery. Pure. */
export function checksum(text: string, seed = 0x811c9dc5): string {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}
