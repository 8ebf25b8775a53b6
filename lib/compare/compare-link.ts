/** The compare page's own fragment: `before=<result fragment>&after=<result fragment>`. */
export function encodeCompareFragment(before: string, after: string): string {
  const params = new URLSearchParams();
  if (before) params.set("before", before.replace(/^#/, ""));
  if (after) params.set("after", after.replace(/^#/, ""));
  return params.toString();
}

export function decodeCompareFragment(hash: string): { before: string; after: string } {
  const params = new URLSearchParams(hash.replace(/^#/, ""));
  return { before: params.get("before") ?? "", after: params.get("after") ?? "" };
}
