import type { LineProblem } from "@/lib/team/aggregate";

export function ProblemList({ problems }: { problems: LineProblem[] }) {
  return (
    <section className="notice notice-warn" aria-labelledby="problems-title">
      <h2 id="problems-title">Lines that were not counted</h2>
      <ul className="problem-list">
        {problems.map((p) => (
          <li key={p.line}>
            <strong>Line {p.line}</strong> <code>{p.text}</code>: {p.reason}
          </li>
        ))}
      </ul>
    </section>
  );
}
