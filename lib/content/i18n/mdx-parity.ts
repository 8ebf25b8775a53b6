import { headings } from "../../articles/text";
import { placeholderProblems } from "./parity";

/** One thing of a body's structure: what must match the English, and how an author finds it. */
type Mark = { key: string; label: string };

const headingMarks = (body: string): Mark[] =>
  headings(body).map((h) => {
    const level = "#".repeat(h.level);
    return { key: level, label: `${level} ${h.text}` };
  });

// An attribute that reads as an id (questionnaire="journey", highlight="6") picks what a
// component shows, so it stays the English's; any other attribute is text and is translated.
const ID_VALUE = /^[a-z0-9-]+$/;

const componentMarks = (body: string): Mark[] =>
  [...body.matchAll(/<([A-Z][A-Za-z]*)([^>]*)>/g)].map((m) => {
    const attributes = [...(m[2] ?? "").matchAll(/([A-Za-z]+)="([^"]*)"/g)].map(([, name = "", value = ""]) =>
      ID_VALUE.test(value) ? `${name}="${value}"` : name,
    );
    const key = `<${[m[1], ...attributes].join(" ")}>`;
    return { key, label: key };
  });

// A link within the page ("#for-leaders") points at a heading, whose id is made from its words,
// so a translation's differs: it must point at the heading in the English's place instead.
const linkMarks = (body: string): Mark[] => {
  const ids = headings(body).map((h) => h.id);
  return [...body.matchAll(/\]\(([^)\s]+)|href="([^"]+)"/g)].map((m) => {
    const target = m[1] ?? m[2] ?? "";
    if (!target.startsWith("#")) return { key: target, label: target };
    const at = ids.indexOf(target.slice(1));
    return at === -1
      ? { key: `${target} (no heading)`, label: `${target}, which no heading of the page has as its id` }
      : { key: `#heading ${at + 1}`, label: `${target} (heading ${at + 1})` };
  });
};

/** How the translation's sequence departs from the English's, if it does: its count, or the first place. */
function firstDifference(what: string, english: Mark[], translated: Mark[]): string[] {
  if (english.length !== translated.length)
    return [
      `body: ${translated.length} ${what}s where the English has ${english.length}: keep each, in its order (${english.map((m) => m.label).join("; ") || "none"})`,
    ];
  const at = english.findIndex((m, i) => m.key !== translated[i]?.key);
  if (at === -1) return [];
  return [
    `body: ${what} ${at + 1} is ${translated[at]?.label ?? "missing"} where the English has ${english[at]?.label ?? "none"}: keep the English's ${what}s, in its order`,
  ];
}

/**
 * Where a translated MDX body departs from its English's structure: its `##` and `###`
 * headings, its components with their ids, its links (one within the page to the heading in the
 * same place), each in the English's order, and its placeholders. The words around them are the translator's.
 */
export function bodyProblems(english: string, translated: string): string[] {
  return [
    ...firstDifference("heading", headingMarks(english), headingMarks(translated)),
    ...firstDifference("component", componentMarks(english), componentMarks(translated)),
    ...firstDifference("link", linkMarks(english), linkMarks(translated)),
    ...placeholderProblems("body", english, translated),
  ];
}
