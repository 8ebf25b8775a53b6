/**
 * Wraps a content loader so a production build runs it once per distinct argument list.
 * Next renders hundreds of pages in one worker process, and without this each article page
 * re-read and re-validated the same YAML: about 80 ms an article. In development an
 * edit must show on reload, and tests load deliberately broken copies, so there every call
 * loads afresh. Callers must treat what they get as read-only: it is shared.
 */
export function cachedInBuild<A extends unknown[], R>(
  load: (...args: A) => R,
  keyOf: (...args: A) => string = (...args) => args.map(String).join("\u0000"),
): (...args: A) => R {
  const results = new Map<string, { value: R }>();
  return (...args) => {
    if (process.env.NODE_ENV !== "production") return load(...args);
    const key = keyOf(...args);
    const hit = results.get(key);
    if (hit) return hit.value;
    const value = load(...args);
    results.set(key, { value });
    return value;
  };
}
