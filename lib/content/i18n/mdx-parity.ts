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

const linkMarks = (body: string): Mark[] =>
  [...body.matchAll(/\]\(([^)\s]+)|href="([^"]+)"/g)].map((m) => {
    const target = m[1] ?? m[2] ?? "";
    return { key: target, label: target };
  });

/** The first place where the translation's sequence departs from the English's, if any. */
function firstDifference(what: string, english: Mark[], translated: Mark[]): string[] {
  const at = Array.from({ length: Math.max(english.length, translated.length) }, (_, i) => i).find(
    (i) => english[i]?.key !== translated[i]?.key,
  );
  if (at === undefined) return [];
  const [en, tr] = [english[at]?.label, translated[at]?.label];
  return [
    `body: ${what} ${at + 1} is ${tr ?? "missing"} where the English has ${en ?? "none"}: keep the English's ${english.length} ${what}s, in its order`,
  ];
}

/**
 * Where a translated MDX body departs from its English's structure: its `##` and `###`
 * headings, its components with their ids, its links, each in the English's order, and its
 * placeholders. The words around them are the translator's.
 */
export function bodyProblems(english: string, translated: string): string[] {
  return [
    ...firstDifference("heading", headingMarks(english), headingMarks(translated)),
    ...firstDifference("component", componentMarks(english), componentMarks(translated)),
    ...firstDifference("link", linkMarks(english), linkMarks(translated)),
    ...placeholderProblems("body", english, translated),
  ];
}
