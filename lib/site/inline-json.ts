/**
 * JSON for a <script> element (structured data, an island's props). JSON.stringify leaves "<"
 * alone, so a title containing "</script>" would end the element early and let the rest run as
 * HTML; escaped, it cannot, and JSON.parse reads the escapes back as the same characters.
 */
export function inlineJson(data: unknown): string {
  return JSON.stringify(data)
    .replace(/</g, "\\u003c")
    .replace(/>/g, "\\u003e")
    .replace(/&/g, "\\u0026")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
}
