/**
 * A value made on first use and kept. Intl formatters and segmenters load locale data when
 * built: made at module load, every page that imports them pays for each one before it draws,
 * used or not (the report's date format alone cost about 25 ms with the CPU slowed 4×).
 */
export function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}
