import { describe, expect, it } from "vitest";
import { stagesFixture } from "../../test/fixtures";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { choose, DONT_KNOW } from "./answers";
import { findVersion } from "./catalogue";
import { carryOver } from "./carry-over";
import { changesSince } from "./changes";

describe("carryOver", () => {
  it("keeps every answer within one version, don't-know included", () => {
    const q = stagesFixture();
    const answers = { "a-1": choose(2), "a-2": DONT_KNOW };
    expect(carryOver(q, q, answers)).toEqual({ answers, fresh: [] });
  });

  it("leaves new and changed questions for the respondent, as the changelog says", () => {
    const v1 = stagesFixture();
    const v2 = {
      ...v1,
      version: 2,
      questions: [...v1.questions.filter((q) => q.id !== "a-4"), { ...v1.questions[0]!, id: "a-5" }],
      changelog: [
        {
          version: 2,
          date: "2026-11-27",
          summary: "A release.",
          changes: [
            { question: "a-1", kind: "changed" as const, why: "Clearer." },
            { question: "a-5", kind: "new" as const, why: "Missing." },
            { question: "a-4", kind: "removed" as const, why: "Unclear." },
          ],
        },
      ],
    };
    const answers = { "a-1": choose(1), "a-2": choose(1), "a-4": choose(1), "b-1": DONT_KNOW };
    expect(carryOver(v2, v1, answers)).toEqual({
      answers: { "a-2": choose(1), "b-1": DONT_KNOW },
      fresh: ["a-1", "a-5"],
    });
  });

  it("without a changelog, carries only questions whose text and options read the same", () => {
    const v1 = stagesFixture();
    const v2 = {
      ...v1,
      version: 2,
      questions: v1.questions.map((q) => (q.id === "b-1" ? { ...q, text: "Reworded?" } : q)),
    };
    const result = carryOver(v2, v1, { "a-1": choose(0), "b-1": choose(0) });
    expect(result).toEqual({ answers: { "a-1": choose(0) }, fresh: ["b-1"] });
  });

  it("drops an answer that points past the end of its options", () => {
    const q = stagesFixture();
    expect(carryOver(q, q, { "a-2": choose(9) }).answers).toEqual({});
  });

  it("carries the real journey's version 1 answers into version 2 for every unchanged question only", () => {
    const catalogue = loadCatalogue();
    const v1 = findVersion(catalogue, "journey", 1)!;
    const v2 = findVersion(catalogue, "journey", 2)!;
    const all = Object.fromEntries(v1.questions.map((q) => [q.id, choose(0)]));
    const { answers, fresh } = carryOver(v2, v1, all);
    const changes = changesSince(v2, 1);
    expect(fresh.sort()).toEqual(
      v2.questions
        .filter((q) => changes.has(q.id))
        .map((q) => q.id)
        .sort(),
    );
    expect(Object.keys(answers).sort()).toEqual(
      v2.questions
        .filter((q) => !changes.has(q.id))
        .map((q) => q.id)
        .sort(),
    );
    expect(Object.keys(answers).length + fresh.length).toBe(v2.questions.length);
  });
});
