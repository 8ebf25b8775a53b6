import { describe, expect, it } from "vitest";
import { OPAQUE, WRAPPERS } from "../../test/wrappers";
import { fragmentOf } from "./fragment-of";

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
