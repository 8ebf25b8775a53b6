import { cleanup, getDefaultNormalizer, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { QR_CAPACITY } from "@/lib/report/print-link";
import { PrintLink } from "./print-link";

// A comparison whose names make its link too long for any code: the code opens it without them.
const url = `https://example.org/compare/#${"n".repeat(QR_CAPACITY.L + 1)}`;
const shorter = "https://example.org/compare/#v=2&journey=2.abc";
const ENGLISH = messagesFor("en").compare.printLink;

describe("a printed comparison's link that leaves the names out of its code", () => {
  afterEach(cleanup);

  it.each(LOCALES)("says so in %s", async (locale) => {
    const words = messagesFor(locale).compare.printLink;
    render(<PrintLink url={url} shorter={shorter} words={{ ...words, qrNotes: words }} />);
    // The code is made when the browser is idle, so the note arrives after the first render.
    const note = await screen.findByText(
      words.noNames,
      // French keeps its no-break spaces before a colon: compare the text as written.
      { normalizer: getDefaultNormalizer({ collapseWhitespace: false }) },
      { timeout: 10_000 },
    );
    expect(note.className).toBe("print-link-note");
    expect(screen.getByRole("region", { name: words.region })).toBeTruthy();
    if (locale !== "en") {
      const text = document.body.textContent ?? "";
      for (const english of [ENGLISH.noNames, ENGLISH.open, ENGLISH.noCode]) expect(text).not.toContain(english);
    }
  });
});
