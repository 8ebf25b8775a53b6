/**
 * T when a value of type T survives JSON.stringify and JSON.parse unchanged, and a type with
 * `never` where it would not: functions, symbols, bigints, Dates, Maps, Sets and class
 * instances become something else (or nothing) in JSON. An optional property may be missing
 * (JSON drops `undefined`), which reads back as missing too.
 *
 * Island props are written as JSON into the page and read back in the browser (see
 * components/islands/island.tsx): `props: P & JsonSafe<P>` makes a prop that would not come
 * back as itself a type error where the page passes it.
 */
export type JsonSafe<T> = T extends string | number | boolean | null | undefined
  ? T
  : T extends (...args: never[]) => unknown
    ? never
    : T extends symbol | bigint | Date | Map<unknown, unknown> | Set<unknown> | RegExp
      ? never
      : T extends readonly (infer U)[]
        ? readonly JsonSafe<U>[]
        : T extends object
          ? { [K in keyof T]: JsonSafe<T[K]> }
          : never;

/**
 * A plain object read back from JSON, or null for missing or unreadable text, or for JSON
 * that is not an object. Never throws.
 */
export function parseJsonObject(text: string | null | undefined): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return isPlainObject(value) ? value : null;
  } catch {
    return null;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
