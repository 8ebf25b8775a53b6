/**
 * Whether a script body is (or bundles) recharts. File names are content hashes, so the code
 * is recognised by class names recharts writes into the SVG it draws, which minifiers keep.
 */
export function isRechartsCode(body: string): boolean {
  return /recharts-(wrapper|surface)\b/.test(body);
}
