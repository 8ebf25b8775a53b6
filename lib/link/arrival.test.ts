import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { arrivalHash, joinArrival, leftOutText, readArrival } from "./arrival";
import { messagesFor } from "../i18n/messages";
import { decodeFragment, encodeFragment } from "./fragment";
import type { SharedResult } from "./result-schema";
import { linkErrorInEnglish } from "./english-errors";

const journey = stagesFixture();
const blunders = agreementFixture();
const catalogue = [journey, blunders];
const j = (index: number) => ({ questionnaireId: journey.id, version: 1, answers: { "a-1": choose(index) } });
const b = (index: number) => ({
  questionnaireId: blunders.id,
  version: 1,
  answers: { "x-1": choose(index), "x-2": DONT_KNOW },
});
const link = (result: SharedResult) => encodeFragment(result, catalogue);

const joined = (hash: string) => {
  const arrival = readArrival(hash);
  if (!arrival) throw new Error("not an arrival");
  const out = joinArrival(arrival, catalogue);
  if (!out.ok) throw new Error(linkErrorInEnglish(out.error));
  return out.value;
};

describe("arrival", () => {
  it("is not read from a plain result link", () => {
    expect(readArrival(`#${link({ assessments: [j(1)] })}`)).toBeNull();
  });

  it("round-trips every part through the address", () => {
    const arrival = {
      own: link({ assessments: [b(1)] }),
      with: link({ assessments: [j(2)] }),
      retake: "v=2&x",
      invite: "tok",
    };
    expect(readArrival(`#${arrivalHash(arrival)}`)).toEqual(arrival);
  });

  it("joins the result brought along, keeping the journey first and the names typed once", () => {
    const hash = arrivalHash({
      own: link({ assessments: [b(3)], date: "2026-11-27" }),
      with: link({ assessments: [j(2)], label: "Chief executive", org: "Example Ltd", targets: { a: 5 } }),
    });
    expect(joined(hash)).toEqual({
      result: {
        assessments: [j(2), b(3)],
        date: "2026-11-27",
        label: "Chief executive",
        org: "Example Ltd",
        targets: { a: 5 },
      },
    });
  });

  it("lets the new answers win over the same questionnaire brought along", () => {
    const hash = arrivalHash({ own: link({ assessments: [j(4)] }), with: link({ assessments: [j(1), b(0)] }) });
    expect(joined(hash).result.assessments).toEqual([j(4), b(0)]);
  });

  it("carries the retaken result as the earlier one, with its names", () => {
    const earlier = { assessments: [j(1), b(1)], label: "COO", date: "2025-11-20" };
    const hash = arrivalHash({ own: link({ assessments: [j(3)], date: "2026-11-27" }), retake: link(earlier) });
    expect(joined(hash).result).toEqual({
      assessments: [j(3)],
      date: "2026-11-27",
      label: "COO",
      previous: earlier,
    });
  });

  it("carries the targets the retaken result planned toward into the new result", () => {
    // Last year a stood at stage 2 (2 and 2) aiming for 4; b at 6, where a target of 5 (a link
    // made by hand) was never a target its report planned toward, so it stays behind.
    const a = (index: number) => ({ "a-1": choose(index), "a-4": choose(index) });
    const lastYear = {
      questionnaireId: journey.id,
      version: 1,
      answers: { ...a(1), "b-1": choose(5), "b-2": choose(3) },
    };
    const earlier = { assessments: [lastYear], date: "2025-11-20", targets: { a: 4, b: 5 } };
    const own = { assessments: [{ questionnaireId: journey.id, version: 1, answers: a(2) }], date: "2026-11-27" };
    const { result } = joined(arrivalHash({ own: link(own), retake: link(earlier) }));
    expect(result.targets).toEqual({ a: 4 });
    // And the one link the results page writes keeps them: the new result's own targets.
    const reread = decodeFragment(link(result), catalogue);
    expect(reread.ok && reread.value.targets).toEqual({ a: 4 });
  });

  it("keeps the new answers and says so when what came along cannot be read", () => {
    const hash = arrivalHash({ own: link({ assessments: [b(2)] }), with: "v=2&journey=1.AAAA", retake: "nonsense" });
    const { result, problems = [] } = joined(hash);
    expect(result).toEqual({ assessments: [b(2)] });
    const notes = problems.map((p) => leftOutText(p.from, p.error, messagesFor("en").link));
    expect(notes).toHaveLength(2);
    expect(notes[0]).toMatch(/^The result you brought from the other assessment could not be read/);
    expect(notes[1]).toMatch(/^The result you retook could not be read/);
  });

  it("fails only when the new result itself cannot be read", () => {
    const arrival = readArrival("#arrive=v%3D2%26journey%3D1.AAAA");
    expect(arrival && joinArrival(arrival, catalogue).ok).toBe(false);
  });
});
