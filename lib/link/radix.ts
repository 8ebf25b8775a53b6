/**
 * Packs small integers into base64url characters with mixed-radix arithmetic. Each question
 * contributes exactly log2(its number of states) bits, so a whole questionnaire costs at most
 * six bits more than the information-theoretic minimum.
 */
const ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const DIGIT = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]));

/** The product of all radices: how many distinct answer sets exist. */
export function capacity(radices: readonly number[]): bigint {
  return radices.reduce((product, r) => product * BigInt(r), 1n);
}

/** Characters needed for every value below `capacity(radices)`. */
export function encodedLength(radices: readonly number[]): number {
  const total = capacity(radices);
  let length = 0;
  for (let room = 1n; room < total; room *= 64n) length += 1;
  return length;
}

export function packDigits(digits: readonly number[], radices: readonly number[]): string {
  let value = 0n;
  for (let i = radices.length - 1; i >= 0; i -= 1) {
    value = value * BigInt(radices[i] ?? 1) + BigInt(digits[i] ?? 0);
  }
  let out = "";
  for (let i = 0; i < encodedLength(radices); i += 1) {
    out = ALPHABET[Number(value % 64n)] + out;
    value /= 64n;
  }
  return out;
}

/** Reverses packDigits; returns null when the text holds a foreign character or too large a value. */
export function unpackDigits(text: string, radices: readonly number[]): number[] | null {
  let value = 0n;
  for (const c of text) {
    const d = DIGIT.get(c);
    if (d === undefined) return null;
    value = value * 64n + d;
  }
  if (value >= capacity(radices)) return null;
  return radices.map((r) => {
    const digit = Number(value % BigInt(r));
    value /= BigInt(r);
    return digit;
  });
}

/** A 12-bit FNV-1a checksum as two base64url characters: catches typos and most tampering. */
export function checksum(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  const bits = (hash ^ (hash >>> 12) ^ (hash >>> 24)) & 0xfff;
  return (ALPHABET[bits >> 6] ?? "A") + (ALPHABET[bits & 63] ?? "A");
}
