import type { BenchmarkComparison } from "@/lib/benchmarks/compare";
import { formatCount } from "@/lib/shared/numbers";
import { ScoreTable } from "@/components/shared/score-table";

/** "Compared with N leaders in <name>": where this result stands, area by area. */
export function BenchmarkCompare({ comparisons }: { comparisons: BenchmarkComparison[] }) {
  return (
    <>
      {comparisons.map((c) => (
        <section key={c.name} className="report" aria-labelledby={`benchmark-${c.name}`}>
          <h2 id={`benchmark-${c.name}`}>
            Compared with {formatCount(c.leaders)} leaders in {c.name}
          </h2>
          <ScoreTable
            caption="Percentile per area: the share of those leaders who scored lower"
            columns={["Area", "Percentile"]}
            // One such table per benchmark: its scrolling box is named for its own.
            scroll={{ label: `Percentile per area among leaders in ${c.name}` }}
          >
            {c.rows.map((r) => (
              <tr key={`${r.questionnaireId}/${r.area}`}>
                <th scope="row">{r.name}</th>
                <td>{r.percentile}</td>
              </tr>
            ))}
          </ScoreTable>
        </section>
      ))}
    </>
  );
}
