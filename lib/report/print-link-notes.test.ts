import { describe, expect, it } from "vitest";
import { NO_NOTES_IN_QR, QR_CAPACITY, qrPlan, withoutNotes } from "./print-link";

const origin = "https://example.org/results/#";
const long = (n: number) => origin + "x".repeat(n - origin.length);

describe("a printed QR code and the notes a link carries", () => {
  it("codes the link without its notes, and says so, when the notes make it too long", () => {
    expect(qrPlan(long(QR_CAPACITY.L + 1), "short", long(600))).toEqual({
      text: long(600),
      level: "M",
      note: NO_NOTES_IN_QR,
    });
  });

  it("keeps the notes in the code while the whole link fits, and names both when it drops names too", () => {
    expect(qrPlan(long(QR_CAPACITY.L), "short", long(600))).toMatchObject({ text: long(QR_CAPACITY.L), level: "L" });
    expect(qrPlan(long(QR_CAPACITY.L + 1), long(400), long(QR_CAPACITY.M + 1))).toEqual({
      text: long(400),
      level: "M",
      note: expect.stringContaining("the notes and names it carries"),
    });
  });

  it("takes out the notes of the result and of the earlier one, and nothing else", () => {
    const assessments = [{ questionnaireId: "journey", version: 2, answers: {} }];
    expect(
      withoutNotes({
        assessments,
        label: "CFO",
        notes: "1.abc",
        previous: { assessments, notes: "1.def", org: "Acme" },
      }),
    ).toEqual({ assessments, label: "CFO", previous: { assessments, org: "Acme" } });
  });
});
