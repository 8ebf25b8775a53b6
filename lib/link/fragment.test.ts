import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choose, DONT_KNOW, type Answers } from "../questionnaire/answers";
import type { Questionnaire } from "../questionnaire/schema";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { answersLength, informationBits } from "./answers-codec";
import { decodeFragment, encodeFragment, FORMAT_VERSION, MAX_FRAGMENT_LENGTH } from "./fragment";
import { SharedResultSchema, type SharedResult } from "./result-schema";
import { answersFor } from "../../test/arbitraries";
import { linkErrorInEnglish } from "./english-errors";

const journey = stagesFixture();
const blunders = agreementFixture();
const catalogue = [journey, blunders];

/** The same link in format 1, as links were written before they were sealed. */
const unsealed = (fragment: string) => fragment.replace(/^v=2/, "v=1").replace(/&z=[^&]*$/, "");

const one = (q: Questionnaire, answers: Answers) => ({
  assessments: [{ questionnaireId: q.id, version: q.version, answers }],
});

describe("encodeFragment / decodeFragment", () => {
  it("round-trips a result with labels", () => {
    const result = {
      ...one(journey, { "a-1": choose(5), "b-2": DONT_KNOW }),
      label: "Chief operating officer",
      org: "Acme & Sons",
    };
    const decoded = decodeFragment(`#${encodeFragment(result, catalogue)}`, catalogue);
    expect(decoded).toEqual({ ok: true, value: result });
  });

  it("keeps the completion date, and in an old link drops one that is not a real date", () => {
    const result = { ...one(journey, {}), date: "2026-11-22" };
    const encoded = encodeFragment(result, catalogue);
    expect(decodeFragment(encoded, catalogue)).toEqual({ ok: true, value: result });
    const bad = decodeFragment(unsealed(encoded).replace("2026-11-22", "2026-02-31"), catalogue);
    expect(bad.ok && bad.value.date).toBeUndefined();
  });

  it("round-trips two assessments in one link", () => {
    const result = {
      assessments: [
        ...one(journey, { "a-1": choose(0) }).assessments,
        ...one(blunders, { "x-1": choose(4) }).assessments,
      ],
    };
    expect(decodeFragment(encodeFragment(result, catalogue), catalogue)).toEqual({ ok: true, value: result });
  });

  it("is the identity for any answer set (property)", () => {
    for (const q of catalogue) {
      fc.assert(
        fc.property(answersFor(q), (answers) => {
          const decoded = decodeFragment(encodeFragment(one(q, answers), catalogue), catalogue);
          expect(decoded).toEqual({ ok: true, value: one(q, answers) });
        }),
        { numRuns: 5_000 },
      );
    }
  });

  it("gives a value the schema accepts, whatever labels, organisation and date ride along (property)", () => {
    // An unsealed (version 1) link, since anything added to a sealed one breaks its seal.
    const valid = unsealed(encodeFragment(one(journey, { "a-1": choose(2) }), catalogue));
    const extra = fc.record({
      label: fc.string(),
      org: fc.string({ unit: "binary" }),
      d: fc.oneof(
        fc.string(),
        fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
      ),
    });
    fc.assert(
      fc.property(extra, (params) => {
        const decoded = decodeFragment(`${valid}&${new URLSearchParams(params).toString()}`, catalogue);
        expect(decoded.ok && SharedResultSchema.safeParse(decoded.value).success).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("never throws on random or mutated input, and errors carry a message (property)", () => {
    const valid = encodeFragment(one(journey, { "a-1": choose(2), "a-2": choose(1) }), catalogue);
    const mutated = fc
      .tuple(fc.nat({ max: valid.length }), fc.string({ maxLength: 4 }), fc.nat({ max: 3 }))
      .map(([at, insert, cut]) => valid.slice(0, at) + insert + valid.slice(at + cut));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.webUrl(), mutated), (input) => {
        const decoded = decodeFragment(input, catalogue);
        if (!decoded.ok) expect(linkErrorInEnglish(decoded.error).length).toBeGreaterThan(20);
      }),
      { numRuns: 10_000 },
    );
  });

  it.each([
    ["", "empty"],
    ["#", "empty"],
    ["#v=1", "empty"],
    ["#hello", "not-a-result"],
    ["#v=5&mini=1.AAAA", "newer-format"],
    ["#v=4&mini=1.AAAA", "truncated"],
    ["#v=0&mini=1.AAAA", "not-a-result"],
    ["#v=2&mini=1.AAAA", "truncated"],
    ["#v=1&mini=1.AAAA&mini-blu", "truncated"],
    ["#v=1&other=1.AAAA", "unknown-questionnaire"],
    ["#v=1&mini=7.AAAA", "unknown-version"],
    ["#v=1&mini=one.AAAA", "not-a-result"],
  ])("reports %j as %s", (input, kind) => {
    const decoded = decodeFragment(input, catalogue);
    expect(decoded.ok ? "ok" : decoded.error.kind).toBe(kind);
  });

  // Messages name parts in words, never as the link spells them,
  // and a newer questionnaire version says so plainly.
  it("says a link from a newer version of a questionnaire is from a newer version, by its title", () => {
    const decoded = decodeFragment("#v=1&mini=7.AAAA", catalogue);
    expect(decoded.ok || linkErrorInEnglish(decoded.error)).toBe(
      "This link was made with version 7 of Mini journey, newer than this site knows (it runs up to version 1). Open it on the site that made it, or ask the site's owner to update.",
    );
  });

  it("never repeats a part's raw name, bidi controls and all", () => {
    for (const key of ["\u202Eyenruoj", "p.p.mini", "other"]) {
      const decoded = decodeFragment(`#v=1&${encodeURIComponent(key)}=1.AAAA`, catalogue);
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      expect(linkErrorInEnglish(decoded.error)).not.toContain(key);
      expect(linkErrorInEnglish(decoded.error)).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
      expect(linkErrorInEnglish(decoded.error)).toContain("a questionnaire this site does not offer");
    }
  });

  it("tells truncated, extended and tampered links apart", () => {
    const valid = encodeFragment(one(journey, { "a-1": choose(2), "b-1": choose(4) }), catalogue);
    const kind = (s: string) => {
      const d = decodeFragment(s, catalogue);
      return d.ok ? "ok" : d.error.kind;
    };
    expect(kind(valid)).toBe("ok");
    expect(kind(valid.slice(0, -1))).toBe("truncated");
    expect(kind(`${valid}A`)).toBe("extended");
    const at = valid.indexOf("mini=1.") + 7;
    const flipped = valid.slice(0, at) + (valid[at] === "B" ? "C" : "B") + valid.slice(at + 1);
    expect(kind(flipped)).toBe("tampered");
  });

  it("refuses an oversized link without reading it", () => {
    const decoded = decodeFragment(`#v=1&${"x".repeat(MAX_FRAGMENT_LENGTH)}`, catalogue);
    expect(decoded.ok ? "ok" : decoded.error.kind).toBe("too-large");
  });

  it("keeps labels as plain text and cuts them to length", () => {
    const result = { ...one(journey, {}), label: "<script>alert(1)</script>" };
    const decoded = decodeFragment(encodeFragment(result, catalogue), catalogue);
    expect(decoded.ok && decoded.value.label).toBe("<script>alert(1)</script>");
    const long = decodeFragment(
      `${unsealed(encodeFragment(one(journey, {}), catalogue))}&org=${"a".repeat(500)}`,
      catalogue,
    );
    expect(long.ok && long.value.org?.length).toBe(80);
  });
});

describe("targets in the link", () => {
  const stages = fc.integer({ min: 1, max: 6 });
  /** Any targets for some of the journey's areas. */
  const targetsFor = fc
    .tuple(...journey.dimensions.map((d) => fc.option(stages, { nil: undefined }).map((t) => ({ id: d.id, t }))))
    .map((pairs) => {
      const targets: Record<string, number> = {};
      for (const { id, t } of pairs) if (t !== undefined) targets[id] = t;
      return targets;
    });

  it("round-trip with any answers, in one compact parameter (property)", () => {
    let cases = 0;
    fc.assert(
      fc.property(answersFor(journey), answersFor(blunders), targetsFor, (a, b, targets) => {
        cases += 1;
        const result: SharedResult = {
          assessments: [
            { questionnaireId: "mini-blunders", version: 1, answers: b },
            { questionnaireId: "mini", version: 1, answers: a },
          ],
          ...(Object.keys(targets).length > 0 ? { targets } : {}),
        };
        const link = encodeFragment(result, catalogue);
        expect(decodeFragment(link, catalogue)).toEqual({ ok: true, value: result });
        // One digit per area, and only when some target was chosen.
        const t = new URLSearchParams(link).get("t");
        expect(t).toBe(
          Object.keys(targets).length > 0 ? `1.${journey.dimensions.map((d) => targets[d.id] ?? 0).join("")}` : null,
        );
      }),
      { numRuns: 5_000 },
    );
    console.log(`targets: ${cases} round trips`);
  });

  it("drops targets that do not fit the journey in the link, without failing the link", () => {
    const base = unsealed(encodeFragment(one(journey, { "a-1": choose(1) }), catalogue));
    for (const t of ["1.12", "2.123", "1.1x3", "1.1234567"]) {
      const decoded = decodeFragment(`${base}&t=${t}`, catalogue);
      expect(decoded.ok && decoded.value.targets, t).toBeUndefined();
    }
    expect(decodeFragment(`${base}&t=1.504`, catalogue)).toMatchObject({
      ok: true,
      value: { targets: { a: 5, c: 4 } },
    });
  });
});

describe("the seal on new links", () => {
  const result: SharedResult = {
    assessments: [
      { questionnaireId: "mini", version: 1, answers: { "a-1": choose(2), "b-1": choose(4) } },
      { questionnaireId: "mini-blunders", version: 1, answers: { "x-1": choose(1) } },
    ],
    label: "Chief operating officer",
    org: "Acme & Sons",
    date: "2026-11-22",
  };
  const valid = encodeFragment(result, catalogue);
  const kind = (s: string) => {
    const d = decodeFragment(s, catalogue);
    return d.ok ? "ok" : d.error.kind;
  };

  it("reports every cut of a new link as a cut (property)", () => {
    let cases = 0;
    fc.assert(
      fc.property(
        answersFor(journey),
        answersFor(blunders),
        fc.string({ maxLength: 30 }),
        fc.nat(),
        (a, b, label, at) => {
          const link = encodeFragment(
            {
              assessments: [
                { questionnaireId: "mini", version: 1, answers: a },
                { questionnaireId: "mini-blunders", version: 1, answers: b },
              ],
              label,
            },
            catalogue,
          );
          const cut = 1 + (at % (link.length - 1));
          cases += 1;
          expect(kind(link.slice(0, cut))).toBe("truncated");
        },
      ),
      { numRuns: 5_000 },
    );
    // And every single cut of one link, for certain.
    for (let cut = 1; cut < valid.length; cut += 1) expect(kind(valid.slice(0, cut)), String(cut)).toBe("truncated");
    console.log(`seal: ${cases} random cuts and ${valid.length - 1} cuts of one link, all reported as cuts`);
  });

  it("reads the same result however the link is respelled", () => {
    // v first, then label, org and date before the assessments, the seal last.
    const params = [...new URLSearchParams(valid)];
    const isAssessment = ([key]: [string, string]) => key.startsWith("mini");
    const reordered = [
      params[0]!,
      ...params.filter((p) => !isAssessment(p) && p[0] !== "v" && p[0] !== "z").reverse(),
      ...params.filter(isAssessment),
      params.at(-1)!,
    ]
      .map(([k, v]) => `${k}=${encodeURIComponent(v)}`)
      .join("&");
    const spaces = valid.replace(/\+/g, "%20");
    for (const respelled of [`${valid}&`, reordered, spaces]) {
      expect(decodeFragment(respelled, catalogue)).toEqual({ ok: true, value: result });
    }
  });

  it("tells a changed label, added text and a broken seal apart", () => {
    expect(kind(valid.replace("Chief", "Chaef"))).toBe("tampered");
    expect(kind(`${valid}&label=x`)).toBe("extended");
    expect(kind(`${valid}A`)).toBe("extended");
    expect(kind(valid.replace(/z=(.)/, (_m, c: string) => `z=${c === "A" ? "B" : "A"}`))).toBe("tampered");
  });

  it("still reads old, unsealed links", () => {
    expect(decodeFragment(unsealed(valid), catalogue)).toEqual({ ok: true, value: result });
  });
});

describe("compactness", () => {
  it("encodes answers within six bits of the information-theoretic minimum", () => {
    for (const q of catalogue) {
      const bits = informationBits(q);
      expect(answersLength(q) * 6).toBeGreaterThanOrEqual(bits);
      expect(answersLength(q) * 6).toBeLessThan(bits + 6);
    }
  });
});

describe("a link from a newer version of Outside-In", () => {
  it("names its link format and the newest this site reads", () => {
    const decoded = decodeFragment("#v=7&mini=1.AAAA", catalogue);
    expect(decoded.ok || linkErrorInEnglish(decoded.error)).toBe(
      `This result link was made in link format 7, by a newer version of Outside-In than this site runs (it reads up to format ${FORMAT_VERSION}). Open it on the site that made it, or ask the site's owner to update.`,
    );
  });
});
