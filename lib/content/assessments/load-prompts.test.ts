import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stagesFixture } from "../../../test/fixtures";
import { loadCurrentQuestionnaires } from "./load-questionnaires";
import { loadPrompts } from "./load-prompts";

function rootWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), "prompts-"));
  mkdirSync(join(root, "team"));
  writeFileSync(join(root, "team", "prompts.yaml"), yaml);
  return root;
}

const prompt = (area: string) =>
  `  - questionnaire: mini\n    area: ${area}\n    prompt: "What do you see?"\n    credit: "Graham Hill"\n`;

describe("loadPrompts", () => {
  it("loads a prompt for every area of the real questionnaires", () => {
    const questionnaires = loadCurrentQuestionnaires();
    const prompts = loadPrompts(questionnaires);
    expect(prompts).toHaveLength(questionnaires.reduce((n, q) => n + q.dimensions.length, 0));
  });

  // The message names the file (under a temporary root here) and the field, as an author reads it.
  it("fails naming the file and the area that lacks a prompt", () => {
    const root = rootWith(`prompts:\n${prompt("a")}${prompt("b")}`);
    expect(() => loadPrompts([stagesFixture()], root)).toThrow(
      /Content to fix \(1 problem\):\n {2}\S*team\/prompts\.yaml: prompts: no prompt for mini \/ c; add one with questionnaire: mini and area: c$/,
    );
  });

  it("fails naming the field of a prompt for an unknown area", () => {
    const root = rootWith(`prompts:\n${prompt("a")}${prompt("b")}${prompt("c")}${prompt("zz")}`);
    expect(() => loadPrompts([stagesFixture()], root)).toThrow(
      /prompts\.yaml: prompts\[3\]\.area: "mini" has no area "zz"$/,
    );
  });

  it("fails naming the field of a prompt without a credit", () => {
    const root = rootWith(`prompts:\n${prompt("a")}  - questionnaire: mini\n    area: b\n    prompt: "Again?"\n`);
    expect(() => loadPrompts([stagesFixture()], root)).toThrow(
      /prompts\.yaml: prompts\[1\]\.credit: this text is required$/,
    );
  });
});
