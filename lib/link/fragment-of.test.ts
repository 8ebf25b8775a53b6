import { describe, expect, it } from "vitest";
import { OPAQUE, WRAPPERS } from "../../test/wrappers";
import { teamCatalogue } from "../../test/team-links";
import { choose } from "../questionnaire/answers";
import { decodeFragment, encodeFragment } from "./fragment";
import { fragmentOf } from "./fragment-of";
import { readLink } from "./reader";

const A = "v=2&mini=1.AB&z=SEAL";

describe("fragmentOf, for inputs that hold one link", () => {
  it.each([
    ["https://x.org/results/#v=1&mini=1.AB", "v=1&mini=1.AB"],
    ["#v=1&mini=1.AB", "v=1&mini=1.AB"],
    ['"CEO","https://x.org/results/#v=1&mini=1.AB",2026', "v=1&mini=1.AB"],
    ["v=1&mini=1.AB", "v=1&mini=1.AB"],
    [`Row #3, https://x/results/#${A}`, A],
    [`"${encodeURIComponent(A)}"`, A],
    // No link: the text after "#" as before, so the decoder can say what is wrong with it.
    ["https://x/results/#hello", "hello"],
    ["hello world", "hello"],
    // A wrapped link, and one a mail system hid (left whole, for the reader to name it).
    [`Mine: ${WRAPPERS["Outlook Safe Links"]!(`https://x/results/#${A}`)}`, A],
    [`Mine: ${OPAQUE["Mimecast URL Protect"]}`, OPAQUE["Mimecast URL Protect"]],
  ])("finds the fragment in %j", (line, fragment) => {
    expect(fragmentOf(line)).toBe(fragment);
  });
});

describe("a link pasted into /compare/", () => {
  const sealed = encodeFragment(
    { assessments: [{ questionnaireId: "mini", version: 1, answers: { "a-1": choose(2) } }], label: "CEO" },
    teamCatalogue,
  );
  const url = `https://x.org/results/#${sealed}`;
  const expected = decodeFragment(sealed, teamCatalogue);

  it.each([
    ["between curly quotes", `“${url}”`],
    ["before an ellipsis", `${url}…`],
    ["between CJK brackets", `「${url}」。`],
    ["between full-width brackets", `（${url}）`],
    ["in bold", `**${url}**`],
    ["wrapped by Proofpoint v3 around Safe Links", WRAPPERS["Proofpoint v3"]!(WRAPPERS["Outlook Safe Links"]!(url))],
    ["wrapped by Proofpoint v2 around Safe Links", WRAPPERS["Proofpoint v2"]!(WRAPPERS["Outlook Safe Links"]!(url))],
  ])("reads a link %s", (_how, text) => {
    expect(readLink(fragmentOf(text), teamCatalogue)).toEqual(expected);
  });
});
