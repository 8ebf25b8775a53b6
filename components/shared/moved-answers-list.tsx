import type { MovedAnswer } from "@/lib/compare/moved-answers";
import type { ReportMessages } from "@/lib/i18n/messages/en/report";
import { fill, pluralIn, formatCountIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Props = {
  moved: MovedAnswer[];
  headingLevel?: 3 | 4;
  /** In a report: the leader's notes on each moved answer, then and now (see MovedNotes). */
  notes?: { before: Readonly<Record<string, string>>; after: Readonly<Record<string, string>> };
  /** The list's words in the page's language (the report's and compare's are the same shape). */
  words: ReportMessages["moved"] & { noteBefore?: string; noteNow?: string };
  locale: Locale;
};

/** The answers that changed, each with the question, so a reader sees why a score moved. */
export function MovedAnswersList({ moved, headingLevel = 3, notes, words, locale }: Props) {
  const n = moved.length;
  const Heading = headingLevel === 3 ? "h3" : "h4";
  return (
    <>
      <Heading className="moved-title">
        {n === 0 ? words.none : fill(pluralIn(locale, n, words.some), { n: formatCountIn(locale, n) })}
      </Heading>
      {moved.length > 0 && (
        <ul className="moved-answers" aria-label={words.label}>
          {moved.map((m) => (
            <li key={m.questionId}>
              <p className="moved-question">
                {m.question} <span className="muted">({m.area})</span>
              </p>
              <p className="moved-change">
                <span className="muted">{words.before}</span> {m.before}
                <br />
                <span className="muted">{words.after}</span> {m.after}
              </p>
              {notes && (
                <MovedNotes
                  before={notes.before[m.questionId]}
                  after={notes.after[m.questionId]}
                  words={{ before: words.noteBefore ?? "", now: words.noteNow ?? "" }}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** The notes the leader left on a moved answer: why it was what it was, and why it is what it is. */
function MovedNotes({
  before,
  after,
  words,
}: {
  before?: string;
  after?: string;
  words: { before: string; now: string };
}) {
  if (!before && !after) return null;
  return (
    <p className="moved-notes">
      {before && (
        <span className="answer-note">
          <span className="muted">{words.before}</span>
          <bdi>{before}</bdi>
        </span>
      )}
      {after && (
        <span className="answer-note">
          <span className="muted">{words.now}</span>
          <bdi>{after}</bdi>
        </span>
      )}
    </p>
  );
}
