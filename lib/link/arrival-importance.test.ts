import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { arrivalHash, joinArrival, readArrival } from "./arrival";
import { decodeFragment, encodeFragment } from "./fragment";
import type { SharedResult } from "./result-schema";

const journey = stagesFixture();
const catalogue = [journey, agreementFixture()];
const link = (result: SharedResult) => encodeFragment(result, catalogue);
const taken = (index: number) => ({ questionnaireId: journey.id, version: 1, answers: { "a-1": choose(index) } });

const joined = (hash: string) => {
  const arrival = readArrival(hash);
  const out = arrival && joinArrival(arrival, catalogue);
  if (!out?.ok) throw new Error("not joined");
  return out.value.result;
};

describe("a retake carries importance", () => {
  it("keeps what the retaken result marked, into the one link the results page writes", () => {
    const earlier: SharedResult = {
      assessments: [taken(1)],
      date: "2025-11-20",
      importance: { a: "critical", c: "less" },
    };
    const result = joined(arrivalHash({ own: link({ assessments: [taken(3)] }), retake: link(earlier) }));
    expect(result.importance).toEqual({ a: "critical", c: "less" });
    const reread = decodeFragment(link(result), catalogue);
    expect(reread.ok && reread.value.importance).toEqual({ a: "critical", c: "less" });
  });

  it("keeps the new result's own marks over last year's", () => {
    const earlier: SharedResult = { assessments: [taken(1)], importance: { a: "critical" } };
    const own: SharedResult = { assessments: [taken(3)], importance: { b: "important" } };
    expect(joined(arrivalHash({ own: link(own), retake: link(earlier) })).importance).toEqual({ b: "important" });
  });

  it("adds none when nothing was marked", () => {
    const result = joined(
      arrivalHash({ own: link({ assessments: [taken(3)] }), retake: link({ assessments: [taken(1)] }) }),
    );
    expect("importance" in result).toBe(false);
  });
});
