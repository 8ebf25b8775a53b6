import { estimateText, minutesLeft } from "@/lib/questionnaire/timing";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { Progress } from "@/lib/storage/progress";
import { formatTimestamp } from "@/lib/shared/dates";

type Props = {
  questionnaire: Questionnaire;
  saved: Progress | null;
  onStart: () => void;
  onResume: () => void;
  /** True while what the run brings along is still loading: Start waits for it. */
  starting?: boolean;
};

/** The start screen, which also offers to resume progress saved in this browser. */
export function IntroStep({ questionnaire, saved, onStart, onResume, starting = false }: Props) {
  const answered = saved ? Object.keys(saved.answers).length : 0;
  const total = questionnaire.questions.length;
  // Null for a time this site cannot read (saved by another tool, or edited): then no time is shown.
  const savedWhen = saved ? formatTimestamp(saved.savedAt) : null;
  return (
    <section className="intro" aria-labelledby="intro-title">
      <h2 id="intro-title" className="visually-hidden">
        Before you start
      </h2>
      <p className="lead">{questionnaire.summary}</p>
      <ul>
        <li>
          {total} questions in {questionnaire.dimensions.length} sections, {estimateText(minutesLeft(questionnaire))}.
        </li>
        <li>
          Answer for what happens today, not what is planned. &ldquo;Don&apos;t know&rdquo; is always a fair answer.
        </li>
        <li>Keyboard: press a number to choose an answer and Enter to go on.</li>
        <li>Your answers stay in this browser. Progress saves as you go.</li>
      </ul>
      {saved && answered > 0 ? (
        <div className="card resume" role="region" aria-label="Saved progress">
          <p>
            You have saved progress{savedWhen ? ` from ${savedWhen}` : ""}: {answered} of {total} questions answered.
          </p>
          <div className="button-row">
            <button type="button" className="button" onClick={onResume}>
              Resume where I left off
            </button>
            <button type="button" className="button button-secondary" onClick={onStart}>
              Start over
            </button>
          </div>
        </div>
      ) : (
        <button type="button" className="button" onClick={onStart} disabled={starting}>
          Start
        </button>
      )}
    </section>
  );
}
