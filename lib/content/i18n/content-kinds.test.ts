import { relative } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadCurrentQuestionnaires } from "../assessments/load-questionnaires";
import type { TextTree } from "./text-tree";
import { englishContentCopy, markedFile, writeTranslation } from "../../../test/marked-translations";
import { YAML_KINDS, type YamlKindCase } from "../../../test/translation-kinds";

let root = "";
beforeEach(() => {
  root = englishContentCopy();
});
afterEach(() => {
  root = "";
});

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type Section = { [key: string]: Json };
const isSection = (v: Json | undefined): v is Section => typeof v === "object" && v !== null && !Array.isArray(v);

/** A complete German translation of one kind, as plain data a test may spoil. */
function complete(k: YamlKindCase): Section {
  const file = markedFile(k.texts(root, loadCurrentQuestionnaires(root)), k.file);
  const data: Json = JSON.parse(JSON.stringify(file));
  if (!isSection(data)) throw new Error(`${k.file} translates to a single text`);
  return data;
}

/** The path of the first item of the first section keyed by id (or of the first text, for flat files). */
function firstItem(data: Section): string[] {
  for (const [key, value] of Object.entries(data))
    if (key !== "source" && isSection(value)) {
      const first = Object.keys(value)[0];
      if (first !== undefined) return [key, first];
    }
  const text = Object.keys(data).find((key) => key !== "source");
  if (text === undefined) throw new Error("nothing to translate");
  return [text];
}

/** The path of the first text in the data, depth first. */
function firstText(value: Json, path: string[] = []): string[] | undefined {
  if (typeof value === "string") return path;
  if (!isSection(value)) return undefined;
  for (const [key, child] of Object.entries(value))
    if (key !== "source") {
      const found = firstText(child, [...path, key]);
      if (found) return found;
    }
  return undefined;
}

function parentOf(data: Section, path: string[]): { parent: Section; key: string } {
  let parent = data;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (!isSection(next)) throw new Error(`no section at ${key}`);
    parent = next;
  }
  return { parent, key: path.at(-1) ?? "" };
}

/** The problems the kind's loader reports, with paths as an author sees them in the real tree. */
function problemsOf(k: YamlKindCase): string[] {
  try {
    k.load(root, "de", loadCurrentQuestionnaires(root));
    return [];
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    return text.split(relative(process.cwd(), root)).join("content").split("\n").slice(1);
  }
}

/** Every string of the English at the same place in the translation: the same, or marked as translated. */
function marksOnly(english: unknown, translated: unknown): number {
  if (typeof english === "string") {
    if (translated === `«${english}»`) return 1;
    expect(translated).toBe(english);
    return 0;
  }
  if (typeof english !== "object" || english === null) {
    expect(translated).toEqual(english);
    return 0;
  }
  expect(typeof translated).toBe("object");
  const t: Record<string, unknown> = { ...(translated ?? {}) };
  const e: Record<string, unknown> = { ...english };
  expect(Object.keys(t).sort()).toEqual(Object.keys(e).sort());
  return Object.keys(e).reduce((n, key) => n + marksOnly(e[key], t[key]), 0);
}

const leaves = (tree: TextTree | undefined): number =>
  tree === undefined ? 0 : typeof tree === "string" ? 1 : Object.values(tree).reduce((n, t) => n + leaves(t), 0);

describe.each(YAML_KINDS.map((k) => [k.file, k] as const))("a translation of %s", (file, k) => {
  const at = `content/i18n/de/${file}`;

  it("takes every text from the translation and everything else (ids, stages, bands, articles, sources) from the English", () => {
    writeTranslation(root, "de", file, complete(k));
    const current = loadCurrentQuestionnaires(root);
    expect(marksOnly(k.english(root, current), k.load(root, "de", current))).toBe(leaves(k.texts(root, current)));
  });

  it("fails naming file, language and id when an item is missing or added, or a placeholder changes", () => {
    const data = complete(k);
    const text = firstText(data) ?? [];
    const { parent: textParent, key: textKey } = parentOf(data, text);
    const original = textParent[textKey];
    if (typeof original !== "string") throw new Error(`no text at ${text.join(".")}`);
    textParent[textKey] = `{count} ${original}`;
    const item = firstItem(data);
    const { parent, key } = parentOf(data, item);
    parent["not-an-id"] = parent[key] ?? "";
    delete parent[key];
    writeTranslation(root, "de", file, data);
    const problems = problemsOf(k);
    const added = [...item.slice(0, -1), "not-an-id"].join(".");
    if (item.length === 1) {
      // A file of single texts (site.yaml) fails its schema first, which names each field too.
      expect(problems).toContain(`  ${at}: ${item.join(".")}: this text is required`);
      expect(problems).toContain(`  ${at}: (root): unknown field "not-an-id": check the spelling, or remove it`);
    } else {
      expect(problems).toContain(
        `  ${at}: ${item.join(".")}: missing: content/${file} has it, so the German needs it too`,
      );
      expect(problems).toContain(
        `  ${at}: ${added}: not in content/${file}: remove it, or add it to the English first`,
      );
      if (text[1] !== item[1])
        expect(problems).toContain(
          `  ${at}: ${text.join(".")}: placeholders {count} where the English has none: keep each one exactly`,
        );
    }
    expect(problems).toMatchSnapshot();
  });

  it("fails naming the place when an item is reshaped", () => {
    const data = complete(k);
    const item = firstItem(data);
    const { parent, key } = parentOf(data, item);
    parent[key] = typeof parent[key] === "string" ? { text: "a section" } : "a text";
    writeTranslation(root, "de", file, data);
    const problems = problemsOf(k);
    expect(
      problems.some((p) => p.startsWith(`  ${at}: ${item.join(".")}`)),
      problems.join("\n"),
    ).toBe(true);
  });

  it("fails when the file is missing or names another English file", () => {
    expect(problemsOf(k)).toEqual([`  ${at}: (file): missing: content/${file} needs its German translation here`]);
    writeTranslation(root, "de", file, { ...complete(k), source: { file: "other.yaml" } });
    expect(problemsOf(k)).toEqual([
      `  ${at}: source.file: names other.yaml, but a file here translates ${file}: name ${file}, or move the file to where other.yaml's translation lives`,
    ]);
  });
});
