import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { choose } from "../questionnaire/answers";
import { stagesFixture } from "../../test/fixtures";
import { flowLink } from "./flow-links";
import { readFlowHashInEnglish } from "./english-flow";
import { encodeFragment, MAX_FRAGMENT_LENGTH } from "./fragment";

const catalogue = [stagesFixture()];
const result = encodeFragment(
  {
    assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(2) } }],
    label: "Chief executive & founder",
    date: "2026-11-27",
  },
  catalogue,
);

describe("flowLink", () => {
  it("puts the result, escaped whole, after with= or retake= in the flow's fragment", () => {
    const link = flowLink("journey", "retake", `#${result}`);
    expect(link).toBe(`/assess/journey/#retake=${encodeURIComponent(result)}`);
    // Escaped whole: the result's own "&" and "=" cannot be read as the flow's parameters.
    expect(link).not.toMatch(/#retake=[^&]*&/);
    expect(flowLink("blunders", "with", result)).toMatch(/^\/assess\/blunders\/#with=v%3D2%26mini%3D1\./);
  });

  it("round-trips through readFlowHash, for any text: carried when it is a link, said at once when not (property)", () => {
    const texts = fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.constant(result));
    fc.assert(
      fc.property(texts, fc.constantFrom("with", "retake"), (text, kind) => {
        fc.pre(!text.includes("#"));
        const hash = flowLink("journey", kind, text).split("#")[1]!;
        const read = readFlowHashInEnglish(`#${hash}`);
        if (text === result) expect(read).toEqual({ [kind]: result });
        else expect(read).toEqual({ notices: [expect.stringMatching(/cannot be read/)] });
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("readFlowHash", () => {
  it("reads each part it knows, and ignores the rest", () => {
    const hash = new URLSearchParams({
      retake: result,
      role: "  Head of\nservice ",
      org: "Acme",
      invite: "abc",
      utm_source: "mail",
    });
    expect(readFlowHashInEnglish(`#${hash}`)).toEqual({
      retake: result,
      role: "Head of service",
      org: "Acme",
      invite: "abc",
    });
    expect(readFlowHashInEnglish(`with=${encodeURIComponent(result)}`)).toEqual({ with: result });
  });

  it("takes the fragment from a whole result address", () => {
    expect(readFlowHashInEnglish(`#with=${encodeURIComponent(`https://example.org/results/#${result}`)}`)).toEqual({
      with: result,
    });
  });

  // The flow once promised a carried result, then dropped it at the end.
  it.each([
    ["cut off", result.slice(0, -3), "looks cut off"],
    ["with a character changed", result.replace("mini=1.", "mini=1.Z"), "integrity check"],
    ["pasted twice", `${result}${result}`, "extra characters"],
  ])("says at once that a carried result %s cannot be read, and keeps the rest", (_how, damaged, reason) => {
    const hash = new URLSearchParams({ with: damaged, retake: result, role: "CFO", invite: "abc" });
    const read = readFlowHashInEnglish(`#${hash}`);
    expect(read).toEqual({ retake: result, role: "CFO", invite: "abc", notices: [expect.stringContaining(reason)] });
    expect(read.notices?.[0]).toMatch(
      /^The result this link brings along from another assessment cannot be read, so it is left out: /,
    );
    const retake = readFlowHashInEnglish(`#${new URLSearchParams({ retake: damaged })}`);
    expect(retake.notices?.[0]).toMatch(/^The result to retake cannot be read, so no answers are filled in from it: /);
    expect(retake.retake).toBeUndefined();
  });

  it("leaves out empty and over-long values rather than cutting them", () => {
    expect(readFlowHashInEnglish("")).toEqual({});
    expect(readFlowHashInEnglish("#")).toEqual({});
    expect(readFlowHashInEnglish("#with=&retake=%23&role=%20")).toEqual({});
    expect(readFlowHashInEnglish(`#retake=${"A".repeat(MAX_FRAGMENT_LENGTH + 1)}&org=Acme`)).toMatchObject({
      org: "Acme",
    });
    expect(readFlowHashInEnglish(`#role=${"r".repeat(500)}`).role).toHaveLength(80);
    expect(readFlowHashInEnglish(`#org=Acme&x=${"A".repeat(20_000)}`)).toEqual({});
  });

  it("never throws, and returns only short strings under known keys (property)", () => {
    const known = ["with", "retake", "invite", "role", "org"];
    const part = fc.tuple(fc.constantFrom(...known, "x", "v"), fc.string({ unit: "binary", maxLength: 50 }));
    const hashes = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(part).map((parts) => parts.map(([k, v]) => `${k}=${v}`).join("&")),
    );
    fc.assert(
      fc.property(hashes, (hash) => {
        const read = readFlowHashInEnglish(hash);
        const { notices = [], ...parts } = read;
        for (const notice of notices) expect(notice).toMatch(/cannot be read/);
        for (const [key, value] of Object.entries(parts)) {
          expect(known).toContain(key);
          expect(typeof value).toBe("string");
          expect(value.length).toBeGreaterThan(0);
          expect(value.length).toBeLessThanOrEqual(MAX_FRAGMENT_LENGTH);
        }
      }),
      { numRuns: 5_000 },
    );
  });
});
