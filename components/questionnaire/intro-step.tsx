import { fill, formatCountIn, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { EstimateMessages } from "@/lib/i18n/messages/en/estimate";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import { formatTimestampIn } from "@/lib/i18n/timestamp";
import { estimateTextIn } from "@/lib/questionnaire/estimate";
import { minutesLeft } from "@/lib/questionnaire/timing";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { Progress } from "@/lib/storage/progress";

type Props = {
  questionnaire: Questionnaire;
  saved: Progress | null;
  onStart: () => void;
  onResume: () => void;
  /** True while what the run brings along is still loading: Start waits for it. */
  starting?: boolean;
  locale: Locale;
  messages: { flow: FlowMessages; estimate: EstimateMessages };
};

/** The start screen, which also offers to resume progress saved in this browser. */
export function IntroStep({ questionnaire, saved, onStart, onResume, starting = false, locale, messages }: Props) {
  const m = messages.flow.intro;
  const answered = saved ? Object.keys(saved.answers).length : 0;
  const total = questionnaire.questions.length;
  const count = (n: number) => formatCountIn(locale, n);
  const counted = (n: number, forms: typeof m.questions) => fill(pluralIn(locale, n, forms), { n: count(n) });
  // Null for a time this site cannot read (saved by another tool, or edited): then no time is shown.
  const savedWhen = saved ? formatTimestampIn(locale, saved.savedAt) : null;
  const progress = { answered: count(answered), total: count(total) };
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" className="visually-hidden">
        {m.title}
      </h2>
      <p className="lead">{questionnaire.summary}</p>
      <ul>
        <li>
          {fill(m.size, {
            questions: counted(total, m.questions),
            sections: counted(questionnaire.dimensions.length, m.sections),
            estimate: estimateTextIn(locale, messages.estimate, minutesLeft(questionnaire)),
          })}
        </li>
        <li>{m.today}</li>
        <li className="intro-keys">{m.keyboard}</li>
        <li>{m.private}</li>
      </ul>
      {saved && answered > 0 ? (
        <div className="card resume" role="region" aria-label={m.savedRegion}>
          <p>{savedWhen ? fill(m.savedFrom, { ...progress, when: savedWhen }) : fill(m.saved, progress)}</p>
          <div className="button-row">
            <button type="button" className="button" onClick={onResume}>
              {m.resume}
            </button>
            <button type="button" className="button button-secondary" onClick={onStart}>
              {m.startOver}
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={onStart} disabled={starting}>
          {m.start}
        </button>
      )}
    </section>
  );
}
