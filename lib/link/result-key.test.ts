import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { decodeFragment, encodeFragment } from "./fragment";
import { resultKey } from "./result-key";
import type { SharedResult } from "./result-schema";

const catalogue = [stagesFixture(), agreementFixture()];
const base: SharedResult = {
  assessments: [
    { questionnaireId: "mini", version: 1, answers: { "a-1": choose(2), "b-1": DONT_KNOW } },
    { questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(4) } },
  ],
  label: "CEO",
  date: "2026-11-22",
};

describe("resultKey", () => {
  it("is the same for the same result, whatever the order of its assessments", () => {
    const reordered = { ...base, assessments: [...base.assessments].reverse() };
    expect(resultKey(reordered, catalogue)).toBe(resultKey(base, catalogue));
  });

  it.each([
    [
      "an answer",
      { ...base, assessments: [{ ...base.assessments[0]!, answers: { "a-1": choose(3) } }, base.assessments[1]!] },
    ],
    ["a label", { ...base, label: "CFO" }],
    ["an organisation", { ...base, org: "Acme" }],
    ["a date", { ...base, date: "2026-11-23" }],
    ["a target", { ...base, targets: { a: 5 } }],
  ])("differs when %s differs", (_what, other) => {
    expect(resultKey(other, catalogue)).not.toBe(resultKey(base, catalogue));
  });

  it("agrees with writing the link afresh: equal keys exactly when equal links (property)", () => {
    const answer = fc.oneof(fc.constant(undefined), fc.constant(DONT_KNOW), fc.integer({ min: 0, max: 3 }).map(choose));
    const result = fc
      .record({
        a1: answer,
        a2: answer,
        x1: answer,
        label: fc.option(fc.constantFrom("CEO", "CFO"), { nil: undefined }),
      })
      .map(({ a1, a2, x1, label }): SharedResult => ({
        assessments: [
          { questionnaireId: "mini", version: 1, answers: { ...(a1 && { "a-1": a1 }), ...(a2 && { "a-2": a2 }) } },
          { questionnaireId: "mini-blunders", version: 1, answers: { ...(x1 && { "x-1": x1 }) } },
        ],
        ...(label && { label }),
      }));
    fc.assert(
      fc.property(result, result, (a, b) => {
        // Through a link and back, as the team view meets them.
        const [ra, rb] = [a, b].map((r) => decodeFragment(encodeFragment(r, catalogue), catalogue));
        if (!ra?.ok || !rb?.ok) throw new Error("fixtures must decode");
        const sameLink = encodeFragment(ra.value, catalogue) === encodeFragment(rb.value, catalogue);
        expect(resultKey(ra.value, catalogue) === resultKey(rb.value, catalogue)).toBe(sameLink);
      }),
      { numRuns: 2_000 },
    );
  });
});
