import { Fragment, useState } from "react";
import { fill, formatCountIn } from "@/lib/i18n/format";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import { gridParts, type CellTone, type LeaderGrid as Grid, type GridRow } from "@/lib/team/grid";
import type { TeamText } from "@/lib/team/text";
import { ScoreTable } from "@/components/shared/score-table";
import { usePrinting } from "@/components/shared/use-printing";
import { useStaged } from "@/components/shared/use-staged";
import { Legend } from "./grid-legend";

const toneClass = (tone: CellTone | null) =>
  tone === null
    ? "grid-cell"
    : tone.kind === "stage"
      ? `grid-cell grid-stage-${tone.stage}`
      : `grid-cell grid-band-${tone.band}`;

type GridWords = Pick<TeamMessages, "stageHeadline" | "bands" | "farLowerMark" | "farHigherMark">;

const toneTitle = (tone: CellTone | null, words: GridWords) =>
  tone === null
    ? undefined
    : tone.kind === "stage"
      ? fill(words.stageHeadline, { stage: tone.stage })
      : words.bands[tone.band];

const SIGN = { low: "↓", high: "↑" } as const;

/** Rows drawn at first: a workshop team shows whole; thousands of leaders a page at a time. */
export const GRID_PAGE = 100;

/** Rows added to the page per task while a page of the grid is drawn (useStaged). */
export const GRID_STEP = 10;

/** One leader's row: the name stays in place while the grid scrolls sideways. */
export function GridRowView({ row, name, words }: { row: GridRow; name: string; words: GridWords }) {
  return (
    <tr>
      <th scope="row">
        <bdi>{name}</bdi>
      </th>
      {row.cells.map((cell, i) => (
        <td key={i} className={toneClass(cell.tone)} title={toneTitle(cell.tone, words)}>
          {cell.text}
          {cell.outlier && (
            <Fragment>
              <span aria-hidden="true"> {SIGN[cell.outlier]}</span>
              <span className="visually-hidden">
                {" "}
                ({cell.outlier === "low" ? words.farLowerMark : words.farHigherMark})
              </span>
            </Fragment>
          )}
        </td>
      ))}
    </tr>
  );
}

/**
 * On paper the grid is one table per questionnaire: twelve areas side by side do not fit a
 * page's width without breaking their names mid-word. On screen it is one table that scrolls.
 * Drawn only while the browser prints: hidden on screen, the copy still cost the team page's
 * load about 1,100 elements for 50 leaders (a third of the page) to build, style and hydrate.
 */
function PrintGrids({
  grid,
  rows,
  titles,
  words,
}: {
  grid: Grid;
  rows: readonly GridRow[];
  titles: Record<string, string>;
  words: TeamMessages;
}) {
  return (
    <div className="print-only">
      {gridParts(grid.columns, rows).map((part) => (
        <ScoreTable
          key={part.questionnaireId}
          className="leader-grid print-grid"
          caption={fill(words.gridCaptionOf, { title: titles[part.questionnaireId] ?? part.questionnaireId })}
          columns={[words.leader, ...part.columns.map((c) => c.name)]}
        >
          {part.rows.map((row) => (
            <GridRowView key={row.leader} row={row} name={row.name} words={words} />
          ))}
        </ScoreTable>
      ))}
    </div>
  );
}

/**
 * Who sees what (Squad Health Check's person-by-area grid): a row per leader, a column per area.
 * The value is written in every cell, so the colour only repeats it. The grid scrolls in its own
 * box with the header and the leader column held in place, so a wide team never makes the page
 * scroll sideways and no column is out of reach.
 */
export function LeaderGrid({ grid, titles, text }: { grid: Grid; titles: Record<string, string>; text: TeamText }) {
  const words = text.team;
  const [shown, setShown] = useState(GRID_PAGE);
  const printing = usePrinting();
  const groups = grid.columns.reduce<{ id: string; span: number }[]>((acc, c) => {
    const last = acc.at(-1);
    if (last?.id === c.questionnaireId) last.span += 1;
    else acc.push({ id: c.questionnaireId, span: 1 });
    return acc;
  }, []);
  // The rows asked for (a page, or more on request), drawn a step per task up to them, from the
  // first step again for another team's grid.
  const wanted = Math.min(shown, grid.rows.length);
  const rows = grid.rows.slice(0, useStaged(wanted, GRID_STEP, grid));
  const more = grid.rows.length - wanted;
  return (
    <>
      <Legend
        stages={grid.rows.some((r) => r.cells.some((c) => c.tone?.kind === "stage"))}
        bands={grid.rows.some((r) => r.cells.some((c) => c.tone?.kind === "band"))}
        text={text}
      />
      <ScoreTable
        className="leader-grid"
        caption={words.gridCaption}
        captionId="leader-grid-caption"
        head={
          <>
            <tr className="grid-groups">
              <td />
              {groups.map((g) => (
                <th key={g.id} scope="colgroup" colSpan={g.span}>
                  {titles[g.id] ?? g.id}
                </th>
              ))}
            </tr>
            <tr className="grid-areas">
              <th scope="col">{words.leader}</th>
              {grid.columns.map((c, i) => (
                <th
                  key={`${c.questionnaireId}/${c.id}`}
                  scope="col"
                  className={
                    i > 0 && grid.columns[i - 1]?.questionnaireId !== c.questionnaireId ? "grid-next" : undefined
                  }
                >
                  {c.name}
                </th>
              ))}
            </tr>
          </>
        }
        scroll={{ className: "grid-scroll no-print", labelledBy: "leader-grid-caption" }}
      >
        {rows.map((row) => (
          <GridRowView key={row.leader} row={row} name={row.name} words={words} />
        ))}
      </ScoreTable>
      {/* Every row asked for, drawn or not yet: paper gets the whole page of the grid at once. */}
      {printing && <PrintGrids grid={grid} rows={grid.rows.slice(0, wanted)} titles={titles} words={words} />}
      {more > 0 && (
        <div className="button-row no-print">
          <p className="muted">
            {fill(words.gridShowing, {
              shown: formatCountIn(text.locale, wanted),
              all: formatCountIn(text.locale, grid.rows.length),
            })}
          </p>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setShown((n) => n + Math.max(GRID_PAGE, n))}
          >
            {fill(words.gridMore, { n: formatCountIn(text.locale, Math.min(more, Math.max(GRID_PAGE, shown))) })}
          </button>
        </div>
      )}
    </>
  );
}
