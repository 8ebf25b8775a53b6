import { ALPHABET } from "./radix";

/**
 * The 32-bit FNV-1a hash of a text's UTF-16 units: cheap, and every bit of it moves when one
 * character does. The checksum below and the link's seal (seal.ts) fold it to their widths.
 */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/** A 12-bit FNV-1a checksum as two base64url characters: catches typos and most tampering. */
export function checksum(text: string): string {
  const hash = fnv1a(text);
  const bits = (hash ^ (hash >>> 12) ^ (hash >>> 24)) & 0xfff;
  return (ALPHABET[bits >> 6] ?? "A") + (ALPHABET[bits & 63] ?? "A");
}
