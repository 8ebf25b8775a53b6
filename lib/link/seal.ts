import { fnv1a } from "./checksum";
import { ALPHABET } from "./radix";

/** Characters in a link's seal: 24 bits, so a changed link passes by chance once in 16 million. */
export const SEAL_LENGTH = 4;

/** A 24-bit FNV-1a hash as four base64url characters: the seal that closes a whole link. */
export function linkSeal(text: string): string {
  const hash = fnv1a(text);
  const bits = (hash ^ (hash >>> 24)) & 0xffffff;
  return [18, 12, 6, 0].map((shift) => ALPHABET[(bits >> shift) & 63] ?? "A").join("");
}
