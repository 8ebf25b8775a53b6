import { describe, expect, it } from "vitest";
import { linksIn, readingsOfEntry, teamEntries } from "./extract";
import { OPAQUE, WRAPPERS } from "../../test/wrappers";
import { teamCatalogue } from "../../test/team-links";
import { encodeFragment } from "../link/fragment";
import { choose } from "../questionnaire/answers";

/** A line's links, written out: each result as its readings, each team link as its entries. */
const shown = (line: string) =>
  linksIn(line).map((found) =>
    found.kind === "team"
      ? `team: ${[...teamEntries(found.token)].join(" | ")}`
      : found.kind === "wrapped"
        ? `wrapped: ${found.error.kind}`
        : found.readings.join(" | "),
  );

const A = "v=2&mini=1.AB&z=SEAL";
const B = "v=2&mini=1.CD&z=SEAL";

describe("finding links in a line", () => {
  it.each([
    ["a URL", `https://x.org/results/#${A}`, [A]],
    ["a bare fragment", A, [A]],
    ["a quoted CSV cell", `"CEO","https://x.org/results/#${A}",2026`, [A]],
    ["after other text with a #", `Row #3, https://x/results/#${A}`, [A]],
    ["in single quotes", `'${A}'`, [A]],
    ["between tabs", `CEO\t${A}\t2026`, [A]],
    ["in angle brackets, as email writes it", `<https://x.org/results/#${A}>`, [A]],
    // Read without the wrapping first, and as written second.
    ["in a Markdown link at the end of a sentence", `See [CEO](https://x/results/#${A}).`, [`${A} | ${A}).`]],
    ["in brackets, bare", `[CEO](${A})`, [A]],
    ["with its parameters in another order", "mini=1.AB&label=CEO&v=2&z=SEAL", ["mini=1.AB&label=CEO&v=2&z=SEAL"]],
    ["percent-encoded after the #", `https://x/results/#${encodeURIComponent(A)}`, [A]],
    ["percent-encoded whole", encodeURIComponent(`https://x/results/#${A}`), [A]],
    // A label holding "=" is percent-encoded; as written it reads best, decoded is a fallback.
    ["with an encoded label", `${A}&label=a%3Db`, [`${A}&label=a%3Db | ${A}&label=a=b`]],
    ["several in one line", `CEO, ${A}; COO, https://x/results/#${B}`, [A, B]],
    [
      "a team link",
      `https://x/team/#team=1&r=${encodeURIComponent(A)}&r=${encodeURIComponent(B)}`,
      [`team: ${A} | ${B}`],
    ],
    // Invisible characters beside a link, or between links, end it.
    ["with a zero-width space after it", `https://x/results/#${A}\u200B`, [A]],
    ["between direction marks", `\u200E${A}\u200F, next`, [A]],
    ["with a soft hyphen and a word joiner around it", `\u00AD${A}\u2060`, [A]],
    ["two links joined by a zero-width space", `${A}\u200B${B}`, [A, B]],
    ["two links joined by NEL", `https://x/results/#${A}\u0085https://x/results/#${B}`, [A, B]],
    ["three links joined by bidi isolates", `\u2066${A}\u2069\u2067${B}\u2069\u2068${A}\u2069`, [A, B, A]],
    // HTML mail and angle brackets.
    ["in an HTML mail's link", `<a href="https://x/results/#${A.replaceAll("&", "&amp;")}">my result</a>`, [A]],
    ["in HTML mail with numeric entities", `https://x/results/#${A.replaceAll("&", "&#38;")}`, [A]],
    [
      "in quoted-printable mail",
      `https://x/results/#${A.replaceAll("=", "=3D")}`,
      [`${A.replaceAll("=", "=3D")} | ${A}`],
    ],
    ["junk", "hello world", []],
    ["words that hold a marker", "dev=3, preview=1 version=2", []],
    ["a results page with no fragment", "https://x.org/results/", []],
    ["an empty line", "", []],
  ])("%s", (_name, line, links) => {
    expect(shown(line)).toEqual(links);
  });

  // A whole link that reached the facilitator through a mail or chat system.
  it.each(Object.entries(WRAPPERS))("finds a link wrapped by %s, in a sentence", (_name, wrap) => {
    const line = `Hi Ana, my result: ${wrap(`https://x/results/#${A}`)} thanks, and ${B}`;
    expect(shown(line)).toEqual([A, B]);
  });

  it.each(Object.entries(OPAQUE))("says a link hidden by %s cannot be read", (_name, link) => {
    expect(shown(`My result: ${link}`)).toEqual(["wrapped: wrapped"]);
  });

  it("reads each entry of a team link, or the entry itself when it holds no link", () => {
    expect(readingsOfEntry(`#${A}`)).toEqual([A]);
    expect(readingsOfEntry(`https://x/results/#${A}`)).toEqual([A]);
    expect(readingsOfEntry("junk")).toEqual(["junk"]);
    expect([...teamEntries("team=1&r=&x=1&r=a+b%26c")]).toEqual(["", "a b&c"]);
  });

  it("looks at a huge line once, not once per marker", () => {
    const junk = "dev=1 ".repeat(200_000);
    const started = performance.now();
    expect(linksIn(`${junk}${A}`)).toEqual([{ kind: "result", readings: [A] }]);
    console.log(`team input: a 1.2 MB line of near-links scanned in ${(performance.now() - started).toFixed(0)} ms`);
  });
});

describe("every link a person can see", () => {
  const sealed = encodeFragment(
    { assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(2) } }], label: "CEO" },
    teamCatalogue,
  );
  const url = `https://x.org/results/#${sealed}`;
  const readsAsItself = (line: string) =>
    expect(
      linksIn(line).map((found) => (found.kind === "result" ? found.readings.includes(sealed) : found.kind)),
    ).toEqual([true]);

  // Punctuation of any script around a link: a sentence's quotes, an ellipsis, CJK brackets and
  // full stop, full-width brackets, Markdown's bold, guillemets, an emoji.
  it.each([
    ["“", "”"],
    ["‘", "’"],
    ["", "…"],
    ["", "。"],
    ["「", "」"],
    ["『", "』、"],
    ["（", "）"],
    ["**", "**"],
    ["«\u00A0", "\u00A0»"],
    ["👉", "✅"],
    ["", "،"],
    ["", "।"],
  ])("reads a link between %j and %j", (before, after) => {
    readsAsItself(`Mine:${before}${url}${after}`);
    readsAsItself(`${before}${sealed}${after}`);
  });

  // Proofpoint around a link another system had already rewritten: Safe Links, a redirect,
  // Proofpoint itself.
  it.each(
    Object.entries(WRAPPERS).flatMap(([inner, wrapInner]) =>
      ["Proofpoint v1", "Proofpoint v2", "Proofpoint v3"].map((outer) => [outer, inner, wrapInner] as const),
    ),
  )("reads a link wrapped by %s around %s", (outer, _inner, wrapInner) => {
    readsAsItself(`See ${WRAPPERS[outer]!(wrapInner(url))} today`);
  });
});
