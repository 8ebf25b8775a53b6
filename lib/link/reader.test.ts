import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answersFor } from "../../test/arbitraries";
import { agreementFixture, stagesFixture } from "../../test/fixtures";
import { OPAQUE, WRAPPERS } from "../../test/wrappers";
import { choose } from "../questionnaire/answers";
import { decodeFragment, encodeFragment, withSeal } from "./fragment";
import { fragmentReadings, readLink } from "./reader";
import type { SharedResult } from "./result-schema";
import { linkErrorInEnglish } from "./english-errors";

// `npm run fuzz` runs twenty times as many cases.
const RUNS = import.meta.env.MODE === "fuzz" ? 100_000 : 5_000;
const catalogue = [stagesFixture(), agreementFixture()];
const result: SharedResult = {
  assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(3), "b-2": choose(1) } }],
  label: "Directrice générale, 50% & co",
  date: "2026-11-22",
  targets: { a: 5 },
};
const fragment = encodeFragment(result, catalogue);
const url = `https://example.org/results/#${fragment}`;
const expected = decodeFragment(fragment, catalogue);

// What word processors, PDFs and chat tools leave beside a link.
const INVISIBLE = [
  "\u200B",
  "\u200C",
  "\u200D",
  "\u200E",
  "\u200F",
  "\u00AD",
  "\u2060",
  "\uFEFF",
  "\u0085",
  "\u202A",
  "\u202C",
  "\u2066",
  "\u2069",
];

describe("the link reader", () => {
  it.each(Object.entries(WRAPPERS))("reads a link wrapped by %s as itself", (_name, wrap) => {
    expect(readLink(wrap(url), catalogue)).toEqual(expected);
  });

  it.each([
    ["percent-encoded after the #", `#${encodeURIComponent(fragment)}`],
    ["a whole address percent-encoded", encodeURIComponent(url)],
    ["percent-encoded twice", encodeURIComponent(encodeURIComponent(url))],
    ["in HTML mail", url.replaceAll("&", "&amp;")],
    ["in quoted-printable mail", url.replaceAll("=", "=3D")],
    ["with a zero-width space after it", `${url}\u200B`],
    ["with a zero-width space after it, as an address bar escapes it", `#${fragment}%E2%80%8B`],
    ["between direction marks", `\u200E${url}\u200F`],
    ["with a soft hyphen and a word joiner", `\u00AD${fragment}\u2060`],
    ["after a byte order mark", `\uFEFF${url}`],
  ])("reads a link %s as itself", (_how, text) => {
    expect(readLink(text, catalogue)).toEqual(expected);
  });

  // What a sentence or a chat puts around a link, in any script, as the results page's address
  // holds it once the browser has escaped it.
  it.each([
    ["“", "”"],
    ["", "…"],
    ["", "。"],
    ["「", "」"],
    ["（", "）"],
    ["**", "**"],
    ["«\u00A0", "\u00A0»"],
    ["👉 ", " ✅"],
  ])("reads a link between %j and %j, as the results page gets it", (before, after) => {
    const hash = encodeURI(`${before}${fragment}${after}`).replaceAll("%25", "%");
    expect(readLink(hash, catalogue)).toEqual(expected);
    expect(readLink(`${before}${url}${after}`, catalogue)).toEqual(expected);
  });

  it("names the version of a newer questionnaire, whatever its names hold", () => {
    // The seal holds, so the link is as it was written: only the version is new.
    const newer = withSeal("v=2&mini=3.ABCDEFGH&label=R%26D&org=A%3DB");
    for (const text of [newer, `https://x.org/results/#${newer}`, encodeURIComponent(newer)]) {
      const read = readLink(text, catalogue);
      expect(read.ok || linkErrorInEnglish(read.error)).toMatch(
        /^This link was made with version 3 of Mini journey, newer than/,
      );
    }
  });

  it.each(Object.entries(OPAQUE))("says a link hidden by %s cannot be read here, and what to do", (name, text) => {
    const read = readLink(text, catalogue);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.error.kind).toBe("wrapped");
    expect(linkErrorInEnglish(read.error)).toContain(`rewritten by ${name}`);
    expect(linkErrorInEnglish(read.error)).toContain("copy the address of the results page it opens");
  });

  it("says a recognised wrapper around a damaged link is damaged, naming the wrapper", () => {
    const read = readLink("https://eur02.safelinks.protection.outlook.com/?data=05%7C02&reserved=0", catalogue);
    expect(read.ok || linkErrorInEnglish(read.error)).toMatch(
      /^This link was rewritten by Outlook Safe Links\. The result link inside/,
    );
  });

  it("reads plain text as nothing, without throwing", () => {
    expect(fragmentReadings("hello world")).toEqual({ readings: [] });
    expect(readLink("https://www.google.com/search?q=outside-in", catalogue)).toMatchObject({ ok: false });
  });
});

const answers = answersFor(stagesFixture());
const results: fc.Arbitrary<SharedResult> = fc
  .record({
    answers,
    label: fc.option(fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }), { nil: undefined }),
    date: fc.option(fc.constantFrom("2026-11-22", "2025-01-31"), { nil: undefined }),
  })
  .map(({ answers: a, label, date }) => ({
    assessments: [{ questionnaireId: "mini", version: 1, answers: a }],
    ...(label && { label }),
    ...(date && { date }),
  }));
/** A link as it may arrive: wrapped, encoded, or with invisible characters around it. */
const arrivals = (link: string) =>
  fc.oneof(
    fc.constantFrom(...Object.values(WRAPPERS)).map((wrap) => wrap(link)),
    fc.constant(encodeURIComponent(link)),
    fc.constant(`#${encodeURIComponent(link.slice(link.indexOf("#") + 1))}`),
    fc
      .tuple(
        fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 3 }),
        fc.array(fc.constantFrom(...INVISIBLE), { maxLength: 3 }),
      )
      .map(([before, after]) => `${before.join("")}${link}${after.join("")}`),
  );

describe("the link reader (properties)", () => {
  it("reads any valid link, however it arrived, as itself", () => {
    const cases = results.chain((r) => {
      const link = `https://example.org/results/#${encodeFragment(r, catalogue)}`;
      return arrivals(link).map((arrived) => ({ r, link, arrived }));
    });
    fc.assert(
      fc.property(cases, ({ link, arrived }) => {
        const direct = decodeFragment(link.slice(link.indexOf("#") + 1), catalogue);
        expect(readLink(arrived, catalogue)).toEqual(direct);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);

  it("still refuses any single change to the answers, the date or the seal, however it arrived", () => {
    const dated: SharedResult = { ...result, date: "2026-11-22" };
    const link = encodeFragment(dated, catalogue);
    // Where each part sits: the answers after "mini=1.", the date after "d=", the seal after "z=".
    const spans = [/mini=1\.([^&]+)/, /d=([^&]+)/, /z=([^&]+)$/].map((re) => {
      const m = re.exec(link);
      if (!m?.[1]) throw new Error(`no ${re.source} in the fixture`);
      const start = m.index + m[0].length - m[1].length;
      return [start, start + m[1].length] as const;
    });
    const changed = fc
      .tuple(fc.constantFrom(...spans), fc.nat(), fc.constantFrom(..."ABCXYZabcxyz0123456789-_"))
      .map(([[start, end], at, c]) => {
        const i = start + (at % (end - start));
        return link.slice(0, i) + c + link.slice(i + 1);
      })
      .filter((mutated) => mutated !== link);
    fc.assert(
      fc.property(
        changed.chain((m) => arrivals(`https://example.org/results/#${m}`)),
        (arrived) => {
          expect(readLink(arrived, catalogue).ok).toBe(false);
        },
      ),
      { numRuns: RUNS },
    );
  }, 120_000);
});
