import { cleanup, render } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { fill } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { encodeInvitation } from "@/lib/invitation/token";
import { readFlowHash } from "@/lib/link/flow-links";
import { readFlowHashInEnglish } from "@/lib/link/english-flow";
import { assessmentsIn } from "@/lib/link/flow-route";
import { shownText, untranslated } from "@/test/untranslated";
import { CarryNotice } from "./carry-notice";

const titles = new Map([
  ["journey", "journey"],
  ["blunders", "blunders"],
]);
// A result whose seal is cut short, as a mail program might leave it, and an invitation cut too.
const cut = "v=2&journey=1.AAAAAAAAAAAAAAAAAAAAAAAAAAAA&label=CFO&z=AB";
const invite = encodeInvitation({
  team: "Acme",
  facilitator: { name: "Ana Silva", email: "ana@example.org" },
  roles: [],
}).slice(0, -6);
const hash = `#${new URLSearchParams({ with: cut, retake: cut, invite })}`;

afterEach(cleanup);

// The flow's intro says why what its address carries is left out in the page's language: the
// carried results' notices (lib/link/flow-links.ts) and a damaged invitation's reason.
describe("the flow's intro in each language", () => {
  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`says in ${locale} why a carried result and an invitation are left out, with none of the English`, () => {
      const m = messagesFor(locale).flow.carry;
      const read = readFlowHash(hash, m);
      const carry = {
        hash: read,
        withIds: assessmentsIn(read.with, [...titles.keys()]),
        retake: { status: "none" as const },
      };
      render(<CarryNotice carry={carry} titles={titles} locale={locale} messages={m} />);
      const text = shownText();
      const truncated = fill(m.link.kinds.truncated, { ask: m.link.ask });
      expect(text).toContain(fill(m.leftOut.with, { problem: truncated }));
      expect(text).toContain(fill(m.leftOut.retake, { problem: truncated }));
      expect(text).toContain(fill(m.invitation.kinds.truncated, { ask: m.invitation.ask }));
      const { pieces } = untranslated(locale, (all) => all.flow.carry);
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
    });
  }

  it("in English as before, as code that shows no page reads it", () => {
    expect(readFlowHash(hash, messagesFor("en").flow.carry)).toEqual(readFlowHashInEnglish(hash));
  });
});
