import { describe, expect, it } from "vitest";
import { paperHref, QR_CAPACITY, qrPlan, withoutNames } from "./print-link";

const origin = "https://example.org/results/#";
const long = (n: number) => origin + "x".repeat(n - origin.length);

describe("qrPlan", () => {
  it("codes an ordinary link whole, at medium error correction", () => {
    expect(qrPlan(long(400), "short")).toEqual({ text: long(400), level: "M", note: null });
  });

  it("drops to low error correction before giving up the names", () => {
    expect(qrPlan(long(QR_CAPACITY.M + 1), "short")).toMatchObject({ level: "L", note: null });
    expect(qrPlan(long(QR_CAPACITY.L), "short")).toMatchObject({ level: "L" });
  });

  it("codes the link without names, and says so, when the whole link is too long for any code", () => {
    // Names in a non-Latin script take nine characters a letter once percent-encoded.
    const names = encodeURIComponent(`${"東京都".repeat(26)}東京`); // 80 characters, the most a name keeps
    const url = `${origin}v=2&journey=2.abc&label=${names}&org=${names}&p.label=${names}&p.org=${names}`;
    expect(new TextEncoder().encode(url).length).toBeGreaterThan(QR_CAPACITY.L);
    expect(qrPlan(url, `${origin}v=2&journey=2.abc`)).toEqual({
      text: `${origin}v=2&journey=2.abc`,
      level: "M",
      note: expect.stringContaining("without them"),
    });
  });

  it("says there is no code when even the shorter link does not fit", () => {
    expect(qrPlan(long(5000), long(4000))).toBeNull();
  });
});

describe("withoutNames", () => {
  it("keeps the answers, date, targets and earlier result, and drops every name", () => {
    const assessments = [{ questionnaireId: "journey", version: 2, answers: {} }];
    expect(
      withoutNames({
        assessments,
        label: "CEO",
        org: "Acme",
        date: "2026-01-02",
        targets: { people: 6 },
        previous: { assessments, label: "CEO", org: "Acme", date: "2025-01-02" },
      }),
    ).toEqual({
      assessments,
      date: "2026-01-02",
      targets: { people: 6 },
      previous: { assessments, date: "2025-01-02" },
    });
  });
});

describe("paperHref", () => {
  it("gives a PDF link an empty query, so it is not read as a jump within the printed page", () => {
    expect(paperHref("https://example.org/results/#v=2&j=1")).toBe("https://example.org/results/?#v=2&j=1");
    expect(paperHref("https://example.org/results/?a#v=2")).toBe("https://example.org/results/?a#v=2");
    expect(paperHref("https://example.org/results/")).toBe("https://example.org/results/");
  });
});
