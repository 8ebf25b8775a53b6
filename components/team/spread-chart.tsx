import { Fragment } from "react";
import { MAX_STACK, type SpreadChart as Chart, type SpreadRow } from "@/lib/workshop/spread-chart";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamMessages } from "@/lib/i18n/messages/en/team";
import { scoreText } from "@/lib/workshop/sentence";
import { ScoreTable } from "@/components/shared/score-table";

const WIDTH = 400;
const ROW = 40;
const PAD = 12;

/** Where a score sits across the strip. */
const xOf = (chart: Chart, value: number) => PAD + ((value - chart.min) / (chart.max - chart.min)) * (WIDTH - 2 * PAD);

function Row({ chart, row }: { chart: Chart; row: SpreadRow }) {
  const mid = ROW / 2;
  return (
    <svg viewBox={`0 0 ${WIDTH} ${ROW}`} className="spread-row-chart" aria-hidden="true" focusable="false">
      {chart.ticks.map((t) => (
        <line key={t} x1={xOf(chart, t)} x2={xOf(chart, t)} y1={4} y2={ROW - 4} className="spread-tick" />
      ))}
      {row.middle && (
        <rect
          x={xOf(chart, row.middle.q1)}
          width={Math.max(2, xOf(chart, row.middle.q3) - xOf(chart, row.middle.q1))}
          y={6}
          height={ROW - 12}
          rx={4}
          className="spread-middle"
        />
      )}
      {row.median !== null && row.count > 1 && (
        <line x1={xOf(chart, row.median)} x2={xOf(chart, row.median)} y1={4} y2={ROW - 4} className="spread-median" />
      )}
      {row.dots.map((dot) => {
        const x = xOf(chart, dot.value);
        const n = dot.count;
        // Past MAX_STACK a stack would leave its row: one larger dot carries the count instead.
        if (n > MAX_STACK)
          return (
            <g key={dot.value}>
              <circle cx={x} cy={mid} r={11} className="spread-dot" />
              <text x={x} y={mid + 4} textAnchor="middle" className="spread-count">
                {n}
              </text>
            </g>
          );
        const gap = Math.min(8, (ROW - 10) / n);
        return (
          <Fragment key={dot.value}>
            {dot.leaders.map((leader, k) => (
              <circle key={leader} cx={x} cy={mid + (k - (n - 1) / 2) * gap} r={3.5} className="spread-dot" />
            ))}
          </Fragment>
        );
      })}
    </svg>
  );
}

/**
 * The team's spread per area: each leader a dot at their score, the middle half of the team
 * as a band, its median as a line. Plain SVG, hidden from assistive technology: the table
 * given with it (`SpreadTable`, or the spread section's own) holds the same figures.
 */
export function SpreadChart({
  chart,
  locale,
  words,
}: {
  chart: Chart;
  locale: Locale;
  words: Pick<TeamMessages, "spreadFigcaption">;
}) {
  return (
    <figure className="spread-chart">
      <div className="spread-chart-rows">
        <span aria-hidden="true" />
        <svg viewBox={`0 0 ${WIDTH} 16`} className="spread-row-chart spread-axis" aria-hidden="true" focusable="false">
          {chart.ticks.map((t) => (
            <text key={t} x={xOf(chart, t)} y={12} textAnchor="middle" className="spread-axis-label">
              {scoreText(chart.kind, t, locale)}
            </text>
          ))}
        </svg>
        {chart.rows.map((row) => (
          <Fragment key={row.id}>
            <span className="spread-row-name" aria-hidden="true">
              {row.name}
            </span>
            <Row chart={chart} row={row} />
          </Fragment>
        ))}
      </div>
      <figcaption className="muted">{words.spreadFigcaption}</figcaption>
    </figure>
  );
}

/** The chart's figures as a table: its alternative wherever the chart is shown without another. */
export function SpreadTable({
  chart,
  hidden,
  words,
}: {
  chart: Chart;
  hidden?: boolean;
  words: Pick<
    TeamMessages,
    "spreadTableCaption" | "area" | "leadersColumn" | "lowest" | "middleHalf" | "median" | "highest"
  >;
}) {
  return (
    <ScoreTable
      caption={fill(words.spreadTableCaption, { title: chart.title })}
      columns={[words.area, words.leadersColumn, words.lowest, words.middleHalf, words.median, words.highest]}
      hidden={hidden}
    >
      {chart.rows.map((r) => (
        <tr key={r.id}>
          <th scope="row">{r.name}</th>
          <td>{r.count}</td>
          <td>{r.text.lowest}</td>
          <td>{r.text.middle}</td>
          <td>{r.text.median}</td>
          <td>{r.text.highest}</td>
        </tr>
      ))}
    </ScoreTable>
  );
}
