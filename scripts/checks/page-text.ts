/**
 * What a reader meets in an exported page, as text segments: its text nodes, the attributes read
 * out or shown (aria-label, title, alt, placeholder, a button's value, the description), and the
 * strings of its islands' props (the words an island shows once it runs). Scripts and styles are
 * left out, and so is everything inside an element marked English (`lang="en"`): an article or
 * page not translated yet is shown so on purpose.
 *
 * A tokenizer rather than a DOM: the pages are React's output (quoted attributes, closed
 * elements), and reading 120 pages through a DOM library took seconds, this a few hundred ms.
 */

const TOKEN =
  /<!--[\s\S]*?-->|<![^>]*>|<(\/?)([a-zA-Z][\w:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const VOID = new Set("area base br col embed hr img input link meta source track wbr".split(" "));
const SHOWN = ["aria-label", "aria-description", "title", "alt", "placeholder"];
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

export const decodeEntities = (text: string) =>
  text.replace(/&(#x[\da-f]+|#\d+|\w+);/gi, (whole, name: string) =>
    name.startsWith("#")
      ? String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)))
      : (ENTITIES[name] ?? whole),
  );

function attributesOf(source: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const [, name = "", a, b, c] of source.matchAll(ATTRIBUTE))
    found.set(name.toLowerCase(), decodeEntities(a ?? b ?? c ?? ""));
  return found;
}

/**
 * The titles an island's props hold for the articles they list in `englishArticles` beside
 * `articleTitles` (the report's and the team view's content): articles the page's language has
 * not translated, which the island links in English, marked lang="en" with the library's mark
 * (components/shared/article-title-link.tsx). Left out as marked English is.
 */
function translatedTitles(titles: unknown, english: unknown): unknown {
  if (!titles || typeof titles !== "object" || !Array.isArray(english)) return titles;
  const slugs: unknown[] = english;
  return Object.entries(titles).flatMap(([slug, title]: [string, unknown]) => (slugs.includes(slug) ? [] : [title]));
}

/**
 * Every string in a JSON value that may be shown: keys, and values with neither a space nor a
 * capital ("stages", "six-stages-to-customer-centricity", "/articles/…/"), are ids and addresses.
 */
const stringsOf = (value: unknown): string[] =>
  typeof value === "string"
    ? /\s|\p{Lu}/u.test(value)
      ? [value]
      : []
    : value && typeof value === "object"
      ? Object.entries(value).flatMap(([key, v]) =>
          stringsOf(key === "articleTitles" ? translatedTitles(v, Reflect.get(value, "englishArticles")) : v),
        )
      : [];

const isEnglish = (lang: string | undefined) => lang !== undefined && /^en\b/i.test(lang);

/** What an element's start tag says a reader meets: its shown attributes. */
function shownAttributes(tag: string, attributes: Map<string, string>): string[] {
  const shown = SHOWN.flatMap((name) => attributes.get(name) ?? []);
  const type = attributes.get("type") ?? "";
  if (tag === "input" && ["button", "submit", "reset"].includes(type)) shown.push(attributes.get("value") ?? "");
  const meta = attributes.get("name") ?? attributes.get("property") ?? "";
  if (tag === "meta" && /^(description|og:title|og:description)$/.test(meta))
    shown.push(attributes.get("content") ?? "");
  return shown;
}

/**
 * The text segments of a page that a reader meets in the page's own language: on a translated
 * page, all but what is marked English; on an English page (`english: true`), all but what is
 * marked another language (the language switch's names, the offer of another language), which
 * are no English words another page could leak.
 */
export function pageText(html: string, { english: onEnglishPage = false } = {}): string[] {
  const leftOut = (lang: string | undefined) =>
    onEnglishPage ? lang !== undefined && !isEnglish(lang) : isEnglish(lang);
  const segments: string[] = [];
  // Each open element with the language in force inside it.
  const open: { tag: string; lang: string | undefined }[] = [];
  const tokens = new RegExp(TOKEN.source, "g");
  for (let m = tokens.exec(html); m; m = tokens.exec(html)) {
    const [token, closing, name, attributeSource = "", selfClosing] = m;
    const lang = open.at(-1)?.lang;
    if (name === undefined) {
      if (!token.startsWith("<!") && !leftOut(lang)) segments.push(decodeEntities(token));
      continue;
    }
    const tag = name.toLowerCase();
    if (closing) {
      const at = open.map((e) => e.tag).lastIndexOf(tag);
      if (at >= 0) open.length = at;
      continue;
    }
    const attributes = attributesOf(attributeSource);
    const inside = attributes.get("lang") ?? lang;
    if (!leftOut(inside)) segments.push(...shownAttributes(tag, attributes));
    if (tag === "script" || tag === "style") {
      // Raw text up to its end tag: a script's or a style's body is not markup.
      const end = html.indexOf(`</${tag}`, tokens.lastIndex);
      const body = html.slice(tokens.lastIndex, end < 0 ? html.length : end);
      tokens.lastIndex = end < 0 ? html.length : end;
      // An island's props; structured data (ld+json) is read by search engines, not people.
      if (!leftOut(inside) && attributes.get("type") === "application/json")
        segments.push(...stringsOf(JSON.parse(body)));
      continue;
    }
    if (!VOID.has(tag) && !selfClosing) open.push({ tag, lang: inside });
  }
  return segments;
}
