import { render } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { fill } from "@/lib/i18n/format";
import { LOCALES } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { encodeFragment } from "@/lib/link/fragment";
import { withPrevious } from "@/lib/link/previous";
import type { SharedResult } from "@/lib/link/result-schema";
import { aggregateTeam } from "@/lib/team-input/aggregate";
import { journeyAt, teamCatalogue } from "@/test/team-links";
import { shownText, untranslated } from "@/test/untranslated";
import { ProblemList } from "./problem-list";
import { reasonInEnglish } from "@/lib/team-input/english-reasons";

// One line of each kind the team box does not count: no link, a cut link, an exact copy, the
// same answers without a date and with other targets, and the result a later line retook.
const base: SharedResult = {
  assessments: [{ questionnaireId: "mini", version: 1, answers: journeyAt(2) }],
  label: "Chief executive",
  date: "2026-11-22",
};
const retake: SharedResult = withPrevious({ ...base, date: "2027-05-01" }, base);
const url = (r: SharedResult) => `https://x.org/results/#${encodeFragment(r, teamCatalogue)}`;
const lines = [
  url(base),
  "hello world",
  url(base).slice(0, -4),
  url(base),
  url({ ...base, date: undefined, targets: { c: 6 } }),
  url(retake),
];
const team = aggregateTeam(lines.join("\n"), teamCatalogue);

describe("the lines not counted", () => {
  it("come with one reason of each kind", () => {
    expect(team.problems.map((p) => p.why.code).sort()).toEqual(
      ["link", "no-link", "retook", "same-answers", "same-result"].sort(),
    );
  });

  for (const locale of LOCALES.filter((l) => l !== "en")) {
    it(`are said in ${locale}, with none of the English reasons`, () => {
      const { teamInput, link } = messagesFor(locale);
      render(<ProblemList problems={team.problems} locale={locale} words={teamInput} link={link} />);
      const text = shownText();
      expect(text).toContain(link.lines.noLink);
      expect(text).toContain(fill(link.lines.sameResult, { line: 1 }));
      expect(text).toContain(fill(link.lines.retook, { line: 6 }));
      expect(text).toContain(fill(link.lines.and, { a: link.lines.noDate, b: link.lines.targets }));
      expect(text).toContain(fill(link.kinds.truncated, { ask: link.ask }));
      // The English the reader keeps for pages without a language never reaches this one.
      for (const p of team.problems) expect(text).not.toContain(reasonInEnglish(p));
      const { pieces } = untranslated(locale, (m) => m.link.lines);
      expect(pieces.filter((piece) => text.includes(piece))).toEqual([]);
    });
  }
});
