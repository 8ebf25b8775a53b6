import { AxisTick } from "./axis-tick";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as Chart } from "recharts";

export type RadarSeries = { name: string; values: Record<string, number | null>; tone: keyof typeof STYLES };
export type RadarAxis = { id: string; label: string };

type Props = {
  axes: RadarAxis[];
  series: RadarSeries[];
  max: number;
  ticks: number[];
  /** Read by screen readers in place of the drawing; the table beside it holds the numbers. */
  description: string;
};

const STYLES = {
  primary: { colour: "var(--accent)", fill: 0.28, dash: undefined },
  secondary: { colour: "var(--muted)", fill: 0.12, dash: "5 4" },
  /** The edges of a min–max band: dashed, with a faint fill from the outer edge. */
  "band-outer": { colour: "var(--accent)", fill: 0.1, dash: "4 4" },
  "band-inner": { colour: "var(--accent)", fill: 0, dash: "4 4" },
} as const;

/**
 * A radar of scores. Dimensions without enough answers are drawn at the centre and flagged
 * in the table, because recharts cannot leave a gap in a polygon.
 */
export function RadarChart({ axes, series, max, ticks, description }: Props) {
  const data = axes.map((axis) => {
    const row: Record<string, string | number> = { axis: axis.label };
    series.forEach((s, i) => (row[`s${i}`] = s.values[axis.id] ?? 0));
    return row;
  });
  // The scale sits between the first two axes, where it cannot cover a label.
  return (
    <figure className="radar" role="img" aria-label={description}>
      <Chart responsive data={data} outerRadius="68%" style={{ width: "100%", aspectRatio: "1 / 1" }} accessibilityLayer={false}>
        <PolarGrid stroke="var(--border)" />
        <PolarAngleAxis dataKey="axis" tick={AxisTick} />
        <PolarRadiusAxis domain={[0, max]} ticks={ticks} angle={90 - 180 / Math.max(axes.length, 1)} tick={{ fill: "var(--muted)", fontSize: 11 }} axisLine={false} />
        {series.map((s, i) => (
          <Radar
            key={s.name}
            name={s.name}
            dataKey={`s${i}`}
            stroke={STYLES[s.tone].colour}
            strokeDasharray={STYLES[s.tone].dash}
            fill={STYLES[s.tone].colour}
            fillOpacity={STYLES[s.tone].fill}
            strokeWidth={2}
            isAnimationActive={false}
          />
        ))}
      </Chart>
      {series.length > 1 && (
        <figcaption className="radar-legend">
          {series.map((s) => (
            <span key={s.name} className={`legend-${s.tone}`}>
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
