/** Turns heading text into a URL anchor: "What to do on Monday" → "what-to-do-on-monday". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&[a-z]+;/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Removes MDX component tags and Markdown punctuation, leaving the words a reader reads. */
export function plainText(body: string): string {
  return body
    .replace(/<[^>]+>/g, " ")
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[#*_`>|~-]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function wordCount(body: string): number {
  const text = plainText(body);
  return text ? text.split(" ").length : 0;
}

/** Minutes to read at 220 words a minute, a common pace for considered reading. */
export function readingMinutes(body: string): number {
  return Math.max(1, Math.round(wordCount(body) / 220));
}

export type Heading = { level: 2 | 3; text: string; id: string };

/** The `##` and `###` headings of a Markdown body, for a table of contents. */
export function headings(body: string): Heading[] {
  const found: Heading[] = [];
  for (const match of body.matchAll(/^(#{2,3})\s+(.+?)\s*#*\s*$/gm)) {
    const text = (match[2] ?? "").replace(/[*_`]/g, "");
    found.push({ level: match[1] === "##" ? 2 : 3, text, id: slugify(text) });
  }
  return found;
}
