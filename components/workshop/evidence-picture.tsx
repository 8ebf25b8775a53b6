import { Fragment } from "react";
import { rowScores, type EvidencePicture as Picture, type EvidenceRow, type Mark } from "@/lib/workshop/evidence";
import { MAX_STACK } from "@/lib/workshop/spread-chart";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamText } from "@/lib/team/text";
import { scoreText } from "@/lib/workshop/sentence";
import { ScoreTable } from "@/components/shared/score-table";

type Props = { picture: Picture; nameOf: (leader: number) => string; text: TeamText };

// Units of the drawing; it scales to the slide (or the page) as a whole, type included, so a
// label is as large beside the dots on a projector as on paper.
const WIDTH = 1000;
const PAD = 40;
const AXIS = 44;
/** One area alone gets a tall strip (room for its camps' labels); several share the height. */
const rowHeight = (rows: number) => (rows === 1 ? 230 : 96);

const xOf = (p: Picture, v: number) => PAD + ((v - p.min) / (p.max - p.min)) * (WIDTH - 2 * PAD);

const MARK_CLASS: Record<Mark, string> = {
  low: "evidence-dot mark-far",
  high: "evidence-dot mark-far",
  "camp-low": "evidence-dot mark-camp-low",
  "camp-high": "evidence-dot mark-camp-high",
};

function Strip({
  p,
  row,
  top,
  height,
  nameOf,
  locale,
}: { p: Picture; row: EvidenceRow; top: number; height: number; locale: Locale } & Pick<Props, "nameOf">) {
  const single = p.rows.length === 1;
  const axis = top + (single ? height * 0.5 : height * 0.62);
  const r = single ? 11 : 8;
  const reach = single ? 70 : 30;
  const x = (v: number) => xOf(p, v);
  return (
    <g>
      <text x={PAD} y={top + 24} className="evidence-area">
        {row.name}
      </text>
      <rect
        x={x(row.near.from)}
        width={x(row.near.to) - x(row.near.from)}
        y={axis - reach}
        height={reach * 2}
        className="evidence-near"
      />
      {row.middle && (
        <rect
          x={x(row.middle.from)}
          width={Math.max(3, x(row.middle.to) - x(row.middle.from))}
          y={axis - reach * 0.6}
          height={reach * 1.2}
          className="evidence-middle"
        />
      )}
      <line x1={PAD} x2={WIDTH - PAD} y1={axis} y2={axis} className="evidence-axis" />
      <line
        x1={x(row.median)}
        x2={x(row.median)}
        y1={axis - reach - 6}
        y2={axis + reach + 6}
        className="evidence-median"
      />
      {row.camps &&
        (["low", "high"] as const).map((side) => {
          const c = row.camps?.[side];
          if (!c) return null;
          const y = axis + reach + 16;
          return (
            <g key={side} className={`evidence-camp evidence-camp-${side}`}>
              <path d={`M${x(c.from) - 10} ${y - 8}v8h${x(c.to) - x(c.from) + 20}v-8`} />
              <text x={(x(c.from) + x(c.to)) / 2} y={y + 30} textAnchor="middle">
                {c.label}
              </text>
            </g>
          );
        })}
      {row.dots.map((dot) => {
        const cls = dot.mark ? MARK_CLASS[dot.mark] : "evidence-dot";
        if (dot.count > MAX_STACK)
          return (
            <g key={dot.value}>
              <circle cx={x(dot.value)} cy={axis} r={r * 1.8} className={cls} />
              <text x={x(dot.value)} y={axis + 6} textAnchor="middle" className="evidence-count">
                {dot.count}
              </text>
            </g>
          );
        const gap = Math.min(2 * r + 2, (2 * reach) / dot.count);
        return (
          <Fragment key={dot.value}>
            {dot.leaders.map((leader, k) => (
              <circle
                key={leader}
                cx={x(dot.value)}
                cy={axis + (k - (dot.count - 1) / 2) * gap}
                r={r}
                className={cls}
              />
            ))}
          </Fragment>
        );
      })}
      {row.named.map((n, i) => {
        // Beside its dot where strips are stacked, under the strip where one has the slide.
        const right = n.value - p.min < (p.max - p.min) / 2;
        return single ? (
          <text
            key={n.leader}
            x={x(n.value)}
            y={axis + reach + 34 + i * 28}
            textAnchor={right ? "start" : "end"}
            className="evidence-name"
          >
            {nameOf(n.leader)} · {scoreText(p.kind, n.value, locale)}
          </text>
        ) : (
          <text
            key={n.leader}
            x={x(n.value) + (right ? 1 : -1) * (r + 8)}
            y={axis + 8}
            textAnchor={right ? "start" : "end"}
            className="evidence-name"
          >
            {nameOf(n.leader)} · {scoreText(p.kind, n.value, locale)}
          </text>
        );
      })}
    </g>
  );
}

/**
 * A finding's evidence, drawn (lib/workshop/evidence.ts): each leader a dot on the scale, the
 * median a line, the stretch within the "far" threshold shaded, and the camps or the leaders the
 * claim names marked and labelled. Plain SVG, hidden from assistive technology: the table after
 * it gives the same figures, leaders named as on the slide.
 */
export function EvidencePicture({ picture: p, nameOf, text }: Props) {
  const w = text.workshop;
  const height = rowHeight(p.rows.length);
  const total = p.rows.length * height + AXIS;
  return (
    <figure className="evidence">
      <svg viewBox={`0 0 ${WIDTH} ${total}`} className="evidence-svg" aria-hidden="true" focusable="false">
        {p.rows.map((row, i) => (
          <Strip key={row.id} p={p} row={row} top={i * height} height={height} nameOf={nameOf} locale={text.locale} />
        ))}
        {p.ticks.map((t) => (
          <text key={t} x={xOf(p, t)} y={total - 10} textAnchor="middle" className="evidence-tick">
            {scoreText(p.kind, t, text.locale)}
          </text>
        ))}
      </svg>
      <figcaption className="evidence-legend">{p.legend}</figcaption>
      <ScoreTable caption={p.legend} columns={[w.evidenceArea, w.evidenceMedian, w.evidenceEachLeader]} hidden>
        {p.rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{scoreText(p.kind, row.median, text.locale)}</td>
            <td>{rowScores(p.kind, row, nameOf, text)}</td>
          </tr>
        ))}
      </ScoreTable>
    </figure>
  );
}
