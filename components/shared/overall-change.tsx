import type { ComparisonView } from "@/lib/compare/comparison-view";

/**
 * The headline of a comparison: the overall stage (or avoidance) and, for the journey, the
 * average behind it, which moves long before the stage does; each with its scale.
 */
export function OverallChange({ view }: { view: ComparisonView }) {
  return (
    <ul className="overall-change">
      {view.overall.map((line) => (
        <li key={line.label}>
          <span className="overall-change-label">{line.label}:</span>{" "}
          <span className={line.tone ? `change-${line.tone}` : undefined}>{line.text}</span>
        </li>
      ))}
    </ul>
  );
}
