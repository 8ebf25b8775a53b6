import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import { estimateTextIn, minutesIn } from "./estimate";
import { estimateText } from "./timing";

describe("the time estimate in a page's language", () => {
  it("reads in English exactly as the hand-written English does", () => {
    const en = messagesFor("en").estimate;
    for (const minutes of [1, 2, 26, 1200]) {
      expect(estimateTextIn("en", en, minutes)).toBe(estimateText(minutes));
      expect(estimateTextIn("en", en, minutes, true)).toBe(estimateText(minutes, "in all"));
    }
  });
  it("takes the language's plural and grouping", () => {
    expect(estimateTextIn("de", messagesFor("de").estimate, 1)).toBe(
      "etwa 1 Minute, bei sorgfältigem Lesen mit 130 Wörtern pro Minute",
    );
    expect(minutesIn("de", messagesFor("de").estimate, 1200)).toBe("1.200 Minuten");
    expect(minutesIn("fr", messagesFor("fr").estimate, 0)).toBe("0 minute");
    expect(minutesIn("es", messagesFor("es").estimate, 2)).toBe("2 minutos");
  });
});
