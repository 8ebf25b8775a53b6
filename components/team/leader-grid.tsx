import { Fragment } from "react";
import { RISK_BAND_LABELS } from "@/lib/scoring/agreement";
import type { CellTone, LeaderGrid as Grid } from "@/lib/team/grid";

const toneClass = (tone: CellTone | null) =>
  tone === null
    ? "grid-cell"
    : tone.kind === "stage"
      ? `grid-cell grid-stage-${tone.stage}`
      : `grid-cell grid-band-${tone.band}`;

const toneTitle = (tone: CellTone | null) =>
  tone === null ? undefined : tone.kind === "stage" ? `Stage ${tone.stage}` : RISK_BAND_LABELS[tone.band];

/**
 * Who sees what (Squad Health Check's person-by-area grid): a row per leader, a column per area.
 * The value is written in every cell, so the colour only repeats it; the table scrolls in its
 * own box, so a wide team never makes the page scroll sideways.
 */
export function LeaderGrid({ grid, titles }: { grid: Grid; titles: Record<string, string> }) {
  const groups = grid.columns.reduce<{ id: string; span: number }[]>((acc, c) => {
    const last = acc.at(-1);
    if (last?.id === c.questionnaireId) last.span += 1;
    else acc.push({ id: c.questionnaireId, span: 1 });
    return acc;
  }, []);
  return (
    <>
      <p>
        Journey cells are shaded by stage, darker further along; blunders cells by risk band. † marks a leader who sees
        that area very differently from the rest of the team.
      </p>
      <div className="table-scroll grid-scroll" tabIndex={0} role="region" aria-labelledby="leader-grid-caption">
        <table className="score-table leader-grid">
          <caption id="leader-grid-caption">Each leader&rsquo;s score per area</caption>
          <thead>
            <tr>
              <td />
              {groups.map((g) => (
                <th key={g.id} scope="colgroup" colSpan={g.span}>
                  {titles[g.id] ?? g.id}
                </th>
              ))}
            </tr>
            <tr>
              <th scope="col">Leader</th>
              {grid.columns.map((c) => (
                <th key={`${c.questionnaireId}/${c.id}`} scope="col">
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.leader}>
                <th scope="row">{row.name}</th>
                {row.cells.map((cell, i) => (
                  <td key={i} className={toneClass(cell.tone)} title={toneTitle(cell.tone)}>
                    {cell.text}
                    {cell.outlier && (
                      <Fragment>
                        <span aria-hidden="true"> †</span>
                        <span className="visually-hidden"> (sees this very differently)</span>
                      </Fragment>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
