import { QUADRANT_HEIGHT, QUADRANT_WIDTH, type QuadrantLayout } from "@/lib/charts/quadrant-geometry";
import { wrapLabel } from "@/lib/charts/radar-geometry";
import type { ResultsMessages } from "@/lib/i18n/messages/en/results";
const LINE = 13;

/**
 * The importance × maturity chart as plain SVG, like the radar: stage now across, importance up,
 * split into four named quadrants. Each area is a numbered point; the table beside it names the
 * numbers, and each point's native tooltip says its area, importance and stage.
 */
export function QuadrantSvg({
  layout,
  notes,
  words,
}: {
  layout: QuadrantLayout;
  notes: Record<string, string>;
  /** The chart's words in the page's language; short row labels, the full levels in the table beside it. */
  words: ResultsMessages["importance"];
}) {
  const { plot, splitX, splitY } = layout;
  return (
    <svg
      className="quadrant-svg"
      viewBox={`0 0 ${QUADRANT_WIDTH} ${QUADRANT_HEIGHT}`}
      width="100%"
      focusable="false"
      aria-hidden="true"
    >
      {/* The upper left, where acting pays most, is shaded: it reads without colour, and on paper. */}
      <rect
        x={plot.left}
        y={plot.top}
        width={splitX - plot.left}
        height={splitY - plot.top}
        fill="var(--accent)"
        fillOpacity={0.1}
      />
      <rect
        x={plot.left}
        y={plot.top}
        width={plot.right - plot.left}
        height={plot.bottom - plot.top}
        fill="none"
        stroke="var(--border)"
      />
      <g stroke="var(--muted)" strokeDasharray="4 3">
        <line x1={splitX} x2={splitX} y1={plot.top} y2={plot.bottom} />
        <line x1={plot.left} x2={plot.right} y1={splitY} y2={splitY} />
      </g>
      <g fill="var(--muted)" fontSize={12}>
        {layout.rows.map((r) => (
          <text key={r.level} x={plot.left - 6} y={r.y + 4} textAnchor="end">
            <title>{words.levels[r.level]}</title>
            {words.shortLevels[r.level]}
          </text>
        ))}
        {layout.ticks.map((t) => (
          <text key={t.stage} x={t.x} y={plot.bottom + 14} textAnchor="middle">
            {t.stage}
          </text>
        ))}
        <text x={(plot.left + plot.right) / 2} y={plot.bottom + 30} textAnchor="middle">
          {words.stageNow}
        </text>
      </g>
      <g fill="var(--text)" fontSize={12} fontWeight={600}>
        {layout.corners.map((c) => {
          // A long name takes two lines inside its quadrant; at the foot they stack upward.
          const lines = wrapLabel(words.quadrants[c.quadrant], 14);
          const top = c.y < splitY ? c.y : c.y - (lines.length - 1) * LINE;
          return (
            <text key={c.quadrant} x={c.x} y={top} textAnchor={c.anchor}>
              {lines.map((line, i) => (
                <tspan key={line} x={c.x} dy={i === 0 ? 0 : LINE}>
                  {line}
                </tspan>
              ))}
            </text>
          );
        })}
      </g>
      {layout.points.map((p) => (
        <g key={p.id} data-area={p.id} data-quadrant={p.quadrant}>
          <title>{notes[p.id]}</title>
          <circle cx={p.x} cy={p.y} r={9} fill="var(--accent)" />
          <text x={p.x} y={p.y + 4} textAnchor="middle" fontSize={11} fontWeight={700} fill="var(--surface)">
            {p.number}
          </text>
        </g>
      ))}
    </svg>
  );
}
