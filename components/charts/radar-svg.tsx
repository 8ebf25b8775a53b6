import { LABEL_FONT, LABEL_LINE, RADAR_HEIGHT, RADAR_WIDTH, radarLayout } from "@/lib/charts/radar-geometry";
import { STYLES, type RadarProps } from "./radar-style";

/**
 * The radar as plain SVG, drawn with the rest of the report: no library, nothing to load, so it
 * is on screen at once and always on paper. Geometry comes from lib/charts/radar-geometry.ts;
 * each point carries its area's figures as a native tooltip.
 */
export function RadarSvg({ axes, series, max, ticks, notes }: Omit<RadarProps, "description">) {
  const layout = radarLayout({ axes, series, max, ticks });
  const { centre } = layout;
  // Dots, with their tooltips, go on the series the chart is about: the last primary one.
  const primary = [...layout.shapes].reverse().find((s) => s.tone === "primary") ?? layout.shapes.at(-1);
  return (
    <svg
      className="radar-svg"
      viewBox={`0 0 ${RADAR_WIDTH} ${RADAR_HEIGHT}`}
      width="100%"
      height="100%"
      focusable="false"
      aria-hidden="true"
    >
      <g stroke="var(--border)" fill="none">
        {layout.grid.map((points, i) => (
          <polygon key={i} points={points} />
        ))}
        {layout.spokes.map((p, i) => (
          <line key={i} x1={centre.x} y1={centre.y} x2={p.x} y2={p.y} />
        ))}
      </g>
      <g fill="var(--muted)" fontSize={11}>
        {layout.tickLabels.map((t) => (
          <text key={t.text} x={t.x} y={t.y}>
            {t.text}
          </text>
        ))}
      </g>
      {layout.shapes.map((s) => (
        <polygon
          key={s.name}
          data-series={s.name}
          points={s.points}
          stroke={STYLES[s.tone].colour}
          strokeDasharray={STYLES[s.tone].dash}
          strokeWidth={2}
          fill={STYLES[s.tone].colour}
          fillOpacity={STYLES[s.tone].fill}
        />
      ))}
      {primary?.dots.map((d) => (
        <circle key={d.axis} cx={d.x} cy={d.y} r={4} fill={STYLES[primary.tone].colour}>
          {notes?.[d.axis] && <title>{notes[d.axis]?.join("\n")}</title>}
        </circle>
      ))}
      <g fill="var(--text)" fontSize={LABEL_FONT}>
        {layout.labels.map((l, i) => (
          <text key={i} x={l.x} y={l.y} textAnchor={l.anchor}>
            {l.lines.map((line, j) => (
              <tspan key={j} x={l.x} dy={j === 0 ? 0 : LABEL_LINE}>
                {line}
              </tspan>
            ))}
          </text>
        ))}
      </g>
    </svg>
  );
}
