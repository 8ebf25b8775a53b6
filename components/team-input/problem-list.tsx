import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamInputMessages } from "@/lib/i18n/messages/en/team-input";
import type { LineProblem } from "@/lib/team/types";
import { listProblems, moreProblemsMessage } from "@/lib/team-input/problems";
import { lineReasonText } from "@/lib/team-input/reasons";
import type { LinkMessages } from "@/lib/i18n/messages/en/link";

type Props = { problems: LineProblem[]; locale: Locale; words: TeamInputMessages; link: LinkMessages };

/** The lines not counted, and why: the first few listed, the rest counted, so junk cannot bury the report. */
export function ProblemList({ problems, locale, words, link }: Props) {
  const { listed, more } = listProblems(problems);
  return (
    <section className="notice notice-warn" aria-labelledby="problems-title">
      <h2 id="problems-title">{words.problemsTitle}</h2>
      <ul className="problem-list">
        {listed.map((p, i) => (
          // A line can hold several links, so its number alone is not unique.
          <li key={`${p.line}-${i}`}>
            <strong>{fill(words.problemLine, { n: p.line })}</strong> <code>{p.text}</code>:{" "}
            {lineReasonText(p.why, locale, link)}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{moreProblemsMessage(more, locale, words)}</p>}
    </section>
  );
}
