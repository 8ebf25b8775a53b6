import { describe, expect, it } from "vitest";
import { describeBySource } from "./leaks-by-source";

describe("known leaks grouped by where they are written", () => {
  it("names each file once with its phrases and pages per language, and code by the English page showing it", () => {
    const team = "lib/i18n/messages/en/team.ts: team.present";
    const text = describeBySource([
      { page: "/de/team/", leaks: [{ phrase: "present the team view", from: [team] }] },
      {
        page: "/fr/team/",
        leaks: [
          { phrase: "present the team view", from: [team, "the English page /team/"] },
          { phrase: "Key takeaways", from: ["the English page /articles/a/", "the English page /articles/b/"] },
        ],
      },
    ]);
    expect(text).toBe(
      [
        "lib/i18n/messages/en/team.ts",
        "  “present the team view”: 2 pages (de 1, fr 1, es 0), e.g. /de/team/",
        "written in code, as the English page /articles/a/ shows it",
        "  “Key takeaways”: 1 page (de 0, fr 1, es 0), e.g. /fr/team/",
      ].join("\n"),
    );
  });
});
