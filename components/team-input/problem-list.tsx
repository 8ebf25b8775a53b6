import type { LineProblem } from "@/lib/team/types";
import { listProblems, moreProblemsMessage } from "@/lib/team-input/problems";

/** The lines not counted, and why: the first few listed, the rest counted, so junk cannot bury the report. */
export function ProblemList({ problems }: { problems: LineProblem[] }) {
  const { listed, more } = listProblems(problems);
  return (
    <section className="notice notice-warn" aria-labelledby="problems-title">
      <h2 id="problems-title">Lines that were not counted</h2>
      <ul className="problem-list">
        {listed.map((p, i) => (
          // A line can hold several links, so its number alone is not unique.
          <li key={`${p.line}-${i}`}>
            <strong>Line {p.line}</strong> <code>{p.text}</code>: {p.reason}
          </li>
        ))}
      </ul>
      {more > 0 && <p>{moreProblemsMessage(more)}</p>}
    </section>
  );
}
