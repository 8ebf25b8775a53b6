import { describe, expect, it } from "vitest";
import { LOCALES } from "../i18n/locales";
import { messagesFor } from "../i18n/messages";
import {
  inEarlierResult,
  LINK_ERROR_KINDS,
  linkError,
  linkErrorText,
  newerFormat,
  newerVersion,
  wrappedError,
} from "./errors";
import { linkErrorInEnglish } from "./english-errors";

const failures = [
  ...LINK_ERROR_KINDS.map((kind) => linkError(kind)),
  linkError("unknown-version", { version: 9, title: "The journey" }),
  newerFormat(4, 3),
  newerVersion(42, "The journey", 2),
  wrappedError("Outlook Safe Links", true),
  wrappedError("Slack", false),
  inEarlierResult(linkError("tampered")),
  inEarlierResult(newerFormat(4, 3)),
];

describe("a link error in a page's language", () => {
  it("reads in English as code that shows no page words it, for every kind and part", () => {
    for (const { error } of failures)
      expect(linkErrorText(error, messagesFor("en").link)).toBe(linkErrorInEnglish(error));
    expect(linkErrorInEnglish(failures[LINK_ERROR_KINDS.length]!.error)).toMatch(/\(version 9 of The journey\)$/);
    // A failure is data: no words ride along in any language, so no bundle that reads links holds them.
    for (const { error } of failures)
      expect(Object.keys(error).sort()).toEqual(error.parts ? ["kind", "parts"] : ["kind"]);
    // A version newer than the site's is said as newer, naming both: on /results/ too, which words it anew.
    expect(linkErrorText(newerVersion(42, "The journey", 2).error, messagesFor("en").link)).toBe(
      "This link was made with version 42 of The journey, newer than this site knows (it runs up to version 2). Open it on the site that made it, or ask the site's owner to update.",
    );
  });

  it("keeps its parts in every other language, and none of the English", () => {
    for (const locale of LOCALES.filter((l) => l !== "en")) {
      const m = messagesFor(locale).link;
      for (const { error } of failures) {
        const text = linkErrorText(error, m);
        expect(text).not.toBe(linkErrorInEnglish(error));
        expect(text).not.toContain("Ask the person");
        if (error.parts?.format) expect(text).toContain("4");
        if (error.parts?.wrapper) expect(text).toContain(error.parts.wrapper.name);
        if (error.parts?.newerVersion) expect(text).toMatch(/42.*The journey.*2/);
      }
    }
  });
});
