import type { Conflict } from "./use-flow";

type Props = { conflict: Conflict; total: number; mine: number; onResolve: (keep: "mine" | "theirs") => void };

/** Another tab saved this questionnaire: say so, and let the person choose which answers win. */
export function ConflictNotice({ conflict, total, mine, onResolve }: Props) {
  const theirs = conflict.theirs ? Object.keys(conflict.theirs.answers).length : null;
  return (
    <div className="notice notice-warn" role="alert">
      <p>
        <strong>This questionnaire is also open in another tab or window,</strong> and answers were just saved there.
        This tab has stopped saving so that neither overwrites the other.
      </p>
      <p>
        This tab: {mine} of {total} answered.{" "}
        {theirs === null
          ? "The other tab cleared its saved answers."
          : `The other tab: ${theirs} of ${total} answered.`}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onResolve("mine")}>
          Keep this tab&apos;s answers
        </button>
        {theirs !== null && (
          <button type="button" className="button button-secondary" onClick={() => onResolve("theirs")}>
            Use the other tab&apos;s answers
          </button>
        )}
      </div>
    </div>
  );
}
