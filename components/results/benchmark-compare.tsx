import type { BenchmarkComparison } from "@/lib/benchmarks/compare";
import { fill, formatCountIn } from "@/lib/i18n/format";
import { useReportWords } from "./report-words";
import { ScoreTable } from "@/components/shared/score-table";

/** "Compared with N leaders in <name>": where this result stands, area by area. */
export function BenchmarkCompare({ comparisons }: { comparisons: BenchmarkComparison[] }) {
  const w = useReportWords();
  const m = w.messages.report.benchmark;
  return (
    <>
      {comparisons.map((c) => (
        <section key={c.name} className="report" aria-labelledby={`benchmark-${c.name}`}>
          <h2 id={`benchmark-${c.name}`}>{fill(m.title, { n: formatCountIn(w.locale, c.leaders), name: c.name })}</h2>
          <ScoreTable
            caption={m.caption}
            columns={[w.messages.report.table.area, m.percentile]}
            // One such table per benchmark: its scrolling box is named for its own.
            scroll={{ label: fill(m.scrollLabel, { name: c.name }) }}
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
