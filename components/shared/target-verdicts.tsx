import type { ComparisonView } from "@/lib/compare/comparison-view";

/** Each target set earlier and whether the later result reached it, as lib/results/target-claims.ts says. */
export function TargetVerdicts({ targets, label }: { targets: ComparisonView["targets"]; label: string }) {
  if (!targets) return null;
  return (
    <>
      <p className="target-verdicts-intro">{targets.intro}</p>
      <ul className="target-verdicts" aria-label={label}>
        {targets.items.map((t) => (
          <li key={t.id} className={t.reached ? "change-up" : undefined}>
            {t.text}
          </li>
        ))}
      </ul>
    </>
  );
}
