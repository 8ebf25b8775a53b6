import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { stringify } from "yaml";
import type { TranslatedLocale } from "../lib/i18n/language-names";
import type { Questionnaire } from "../lib/questionnaire/schema";
import { loadCurrentQuestionnaires, questionnaireFiles } from "../lib/content/assessments/load-questionnaires";
import { loadArticles } from "../lib/content/library/load-articles";
import { loadStageModel } from "../lib/content/assessments/load-stage-model";
import type { QuestionnaireTranslation } from "../lib/content/i18n/questionnaire-translation";
import type { TextTree } from "../lib/content/i18n/text-tree";
import { pageSlugs } from "../lib/content/i18n/language-files";
import { YAML_KINDS } from "./translation-kinds";

/** Marks an English text as a translator's file would hold it: the test can tell it came from there. */
export const mark = (text: string) => `«${text}»`;

/** A text tree with every text marked: a complete translation of it, less its `source`. */
export function markTree(tree: TextTree): TextTree {
  if (typeof tree === "string") return mark(tree);
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (value === undefined ? [] : [[key, markTree(value)]])),
  );
}

/** A complete translation of an English file whose texts are `texts`. */
export function markedFile(texts: TextTree, file: string) {
  const tree = markTree(texts);
  return typeof tree === "string" ? tree : { source: { file }, ...tree };
}

/** A complete "translation" of a questionnaire made by marking every English text. */
export function markedQuestionnaire(q: Questionnaire, file: string): QuestionnaireTranslation {
  return { source: { file, version: q.version }, ...questionnaireTexts(q, mark) };
}

/** A questionnaire's texts in its translation's shape, each passed through `text` (as it is, unless told). */
export function questionnaireTexts(
  q: Questionnaire,
  text: (s: string) => string = (s) => s,
): Omit<QuestionnaireTranslation, "source"> {
  return {
    title: text(q.title),
    summary: text(q.summary),
    ...(q.kind === "agreement" && { scale: q.scale.map(text) }),
    dimensions: Object.fromEntries(
      q.dimensions.map((d) => [
        d.id,
        {
          name: text(d.name),
          description: text(d.description),
          ...("topic" in d && { topic: text(d.topic), alternative: text(d.alternative) }),
        },
      ]),
    ),
    ...(q.changelog && {
      changelog: Object.fromEntries(
        q.changelog.map((r) => [
          String(r.version),
          { summary: text(r.summary), changes: Object.fromEntries(r.changes.map((c) => [c.question, text(c.why)])) },
        ]),
      ),
    }),
    questions: Object.fromEntries(
      q.questions.map((x) => [
        x.id,
        {
          text: text(x.text),
          ...(x.help !== undefined && { help: text(x.help) }),
          ...("options" in x && { options: x.options.map((o) => text(o.label)) }),
        },
      ]),
    ),
  };
}

/** A copy of the real English content in a temporary folder, without any translation. */
export function englishContentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), "outside-in-i18n-"));
  cpSync("content", root, { recursive: true, filter: (src) => relative("content", src) !== "i18n" });
  return root;
}

/** Writes a file of a language's translation (YAML from data, or text as it is). */
export function writeTranslation(root: string, locale: TranslatedLocale, path: string, data: unknown) {
  const full = join(root, "i18n", locale, path);
  mkdirSync(join(full, ".."), { recursive: true });
  writeFileSync(full, typeof data === "string" ? data : stringify(data));
}

/** An MDX translation: the English body (same headings, components, links) under a marked title and summary. */
export function markedMdx(englishPath: string, body?: string): string {
  const text = readFileSync(englishPath, "utf8");
  const [, front = "", englishBody = ""] = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text) ?? [];
  const field = (name: string) => new RegExp(`^${name}: "(.*)"$`, "m").exec(front)?.[1] ?? "";
  return `---\ntitle: "${mark(field("title"))}"\nsummary: "${mark(field("summary"))}"\n---\n${body ?? englishBody}`;
}

/** Writes a complete translation of the English content in `root`: every kind, `articles` articles. */
export function writeCompleteLanguage(root: string, locale: TranslatedLocale, articles = 5) {
  const { current, archived } = questionnaireFiles(root);
  for (const { file, questionnaire } of [...current, ...archived]) {
    const path = relative(root, file);
    writeTranslation(root, locale, path, markedQuestionnaire(questionnaire, path));
  }
  const questionnaires = loadCurrentQuestionnaires(root);
  for (const k of YAML_KINDS) writeTranslation(root, locale, k.file, markedFile(k.texts(root, questionnaires), k.file));
  const terms = loadStageModel(root).stages.map((s) => ({ en: s.name, [locale]: mark(s.name) }));
  writeTranslation(root, locale, "glossary.yaml", { language: locale, terms });
  for (const slug of pageSlugs(root))
    writeTranslation(root, locale, `pages/${slug}.mdx`, markedMdx(join(root, "pages", `${slug}.mdx`)));
  for (const a of loadArticles(root).slice(0, articles))
    writeTranslation(root, locale, `articles/${a.slug}.mdx`, markedMdx(join(root, "articles", `${a.slug}.mdx`)));
}
