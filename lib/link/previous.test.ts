import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { decodeFragment, encodeFragment, MAX_FRAGMENT_LENGTH } from "./fragment";
import { withPrevious } from "./previous";
import { linkSeal } from "./seal";
import { MAX_LABEL, SharedResultSchema, type SharedResult } from "./result-schema";
import { answersFor } from "../../test/arbitraries";
import { linkErrorInEnglish } from "./english-errors";

const journey = stagesFixture();
const blunders = agreementFixture();
const catalogue = [journey, blunders];

/** One or both assessments, in either order. */
const assessments = fc
  .tuple(answersFor(journey), answersFor(blunders), fc.constantFrom("j", "b", "jb", "bj"))
  .map(([a, b, which]) =>
    [...which].map((w) =>
      w === "j"
        ? { questionnaireId: journey.id, version: 1, answers: a }
        : { questionnaireId: blunders.id, version: 1, answers: b },
    ),
  );
// Labels as people type them; the link cleans them, so the expected value is what the schema keeps.
const label = fc.option(
  fc
    .array(fc.constantFrom("a", "Z", "0", " ", "&", "é", "語", "😀", "-"), { minLength: 1, maxLength: 60 })
    .map((chars) => chars.join("").replace(/\s+/g, " ").trim())
    .filter((s) => s !== ""),
  { nil: undefined },
);
const date = fc.option(
  fc
    .date({ min: new Date("2000-01-01"), max: new Date("2099-12-31"), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  { nil: undefined },
);
const result = fc.record({ assessments, label, org: label, date }, { requiredKeys: ["assessments"] });

/** The seal as fragment.ts computes it, so a test can write a sealed link this site never would. */
function resealed(params: URLSearchParams): string {
  params.delete("z");
  const pairs = [...params].sort(([a, x], [b, y]) => a.localeCompare(b) || x.localeCompare(y));
  params.set("z", linkSeal(JSON.stringify(pairs)));
  return params.toString();
}

const kind = (fragment: string) => {
  const decoded = decodeFragment(fragment, catalogue);
  return decoded.ok ? "ok" : decoded.error.kind;
};

const later: SharedResult = {
  assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(4), "b-1": choose(3) } }],
  label: "Chief executive",
  date: "2026-11-27",
};
const earlier: SharedResult = {
  assessments: [
    { questionnaireId: "mini", version: 1, answers: { "a-1": choose(1), "b-1": choose(3) } },
    { questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(0) } },
  ],
  label: "Chief operating officer",
  org: "Acme & Sons",
  date: "2025-11-20",
  targets: { a: 5 },
};

describe("withPrevious", () => {
  it("keeps the earlier result's assessments, names and date, but not its targets or its own earlier result", () => {
    const older = withPrevious(earlier, later);
    expect(withPrevious(later, older)).toEqual({
      ...later,
      previous: {
        assessments: earlier.assessments,
        label: "Chief operating officer",
        org: "Acme & Sons",
        date: "2025-11-20",
      },
    });
    expect(withPrevious(later, { assessments: earlier.assessments })).toEqual({
      ...later,
      previous: { assessments: earlier.assessments },
    });
  });
});

describe("the earlier result in a link", () => {
  const link = encodeFragment(withPrevious(later, earlier), catalogue);

  it("round-trips any result with any earlier result (property)", () => {
    let cases = 0;
    fc.assert(
      fc.property(result, result, (now, before) => {
        cases += 1;
        const value = withPrevious(now, before);
        const fragment = encodeFragment(value, catalogue);
        expect(decodeFragment(fragment, catalogue)).toEqual({ ok: true, value });
        expect(SharedResultSchema.safeParse(value).success).toBe(true);
        expect(fragment.startsWith("v=3&")).toBe(true);
      }),
      { numRuns: 5_000 },
    );
    console.log(`previous: ${cases} round trips`);
  }, 120_000);

  it("is written as its own p.… parameters, and a link without one stays format 2, as before", () => {
    const params = new URLSearchParams(link);
    expect([...params.keys()]).toEqual([
      "v",
      "mini",
      "label",
      "d",
      "p.mini",
      "p.mini-blunders",
      "p.label",
      "p.org",
      "p.d",
      "z",
    ]);
    expect(params.get("v")).toBe("3");
    expect(params.get("p.d")).toBe("2025-11-20");
    expect(encodeFragment(later, catalogue)).toMatch(/^v=2&mini=1\.[\w-]+&label=Chief\+executive&d=2026-11-27&z=/);
  });

  it("is covered by the seal: changed, cut or extended, the link says so", () => {
    expect(kind(link)).toBe("ok");
    expect(kind(link.replace("p.label=Chief", "p.label=Chaef"))).toBe("tampered");
    expect(kind(link.replace("p.d=2025-11-20", "p.d=2025-11-21"))).toBe("tampered");
    expect(kind(`${link}&p.label=x`)).toBe("extended");
    for (let cut = 1; cut < link.length; cut += 1) expect(kind(link.slice(0, cut)), String(cut)).toBe("truncated");
  });

  it("fails the whole link with a typed error when the earlier result cannot be read, though sealed", () => {
    const broken = (change: (p: URLSearchParams) => void) => {
      const params = new URLSearchParams(link);
      change(params);
      return decodeFragment(resealed(params), catalogue);
    };
    const cases: [string, (p: URLSearchParams) => void][] = [
      ["unknown-version", (p) => p.set("p.mini", "7.AAAA")],
      [
        "tampered",
        (p) =>
          p.set(
            "p.mini",
            p.get("p.mini")!.replace(/.$/, (c) => (c === "A" ? "B" : "A")),
          ),
      ],
      ["truncated", (p) => p.set("p.mini", p.get("p.mini")!.slice(0, -1))],
      ["unknown-questionnaire", (p) => p.set("p.other", "1.AAAA")],
      // One level only: an earlier result inside the earlier result names no questionnaire.
      ["unknown-questionnaire", (p) => p.set("p.p.mini", p.get("p.mini")!)],
      ["not-a-result", (p) => p.append("p.mini", p.get("p.mini")!)],
      ["not-a-result", (p) => (p.delete("p.mini"), p.delete("p.mini-blunders"))],
    ];
    for (const [expected, change] of cases) {
      const decoded = broken(change);
      expect(decoded.ok ? "ok" : decoded.error.kind).toBe(expected);
      expect(decoded.ok || linkErrorInEnglish(decoded.error)).toMatch(/in the earlier result this link carries/);
    }
    // Names and a date are context: ones that do not read are dropped, as for the later result.
    const odd = broken((p) => p.set("p.d", "2025-02-31"));
    expect(odd.ok && odd.value.previous).toEqual({ ...withPrevious(later, earlier).previous, date: undefined });
  });

  it("is read only from format 3: in a format 2 link p.… is an unknown questionnaire, as it always was", () => {
    const params = new URLSearchParams(link);
    params.set("v", "2");
    expect(kind(resealed(params))).toBe("unknown-questionnaire");
  });

  it("stays under MAX_FRAGMENT_LENGTH with both assessments and the longest names on both sides", () => {
    const longest = { label: "語".repeat(MAX_LABEL), org: "😀".repeat(MAX_LABEL / 2) };
    const both = earlier.assessments;
    const value = withPrevious(
      { assessments: both, ...longest, date: "2026-11-27", targets: { a: 6 } },
      {
        assessments: both,
        ...longest,
        date: "2025-11-27",
      },
    );
    const fragment = encodeFragment(value, catalogue);
    expect(fragment.length).toBeLessThan(MAX_FRAGMENT_LENGTH);
    expect(decodeFragment(fragment, catalogue)).toEqual({ ok: true, value });
  });
});
