import {
  PolarAngleAxis,
  PolarRadiusAxis,
  Radar,
  RadarChart as Chart,
  Tooltip,
  type TooltipContentProps,
  type TooltipValueType,
} from "recharts";
import { RADAR_HEIGHT, radarLayout } from "@/lib/charts/radar-geometry";
import { STYLES, type RadarProps } from "./radar-style";

type Row = { axis: string; id: string } & Record<string, string | number>;

/**
 * recharts' interactive layer over the drawn radar: its series are invisible (the SVG beneath
 * draws them), so loading it changes nothing on screen; it adds the tooltip a finger or a
 * pointer gets on each area. RadarChart loads it when a reader reaches for the chart.
 */
export function RadarDrawing({ axes, series, max, ticks, notes }: Omit<RadarProps, "description">) {
  const { radius } = radarLayout({ axes, series, max, ticks });
  const data = axes.map((axis) => {
    const row: Row = { axis: axis.label, id: axis.id };
    series.forEach((s, i) => (row[`s${i}`] = s.values[axis.id] ?? 0));
    return row;
  });
  const content = ({ active, payload }: TooltipContentProps<TooltipValueType, string | number>) => {
    const first: unknown = payload?.[0]?.payload;
    const row = data.find((r) => first !== null && typeof first === "object" && "id" in first && first.id === r.id);
    if (!active || !row) return null;
    return (
      <div className="radar-tooltip">
        <strong>{row.axis}</strong>
        {(notes?.[row.id] ?? series.map((s) => `${s.name}: ${s.values[row.id] ?? "not enough answers"}`)).map(
          (line) => (
            <span key={line}>{line}</span>
          ),
        )}
      </div>
    );
  };
  return (
    <Chart
      responsive
      data={data}
      outerRadius={`${(100 * radius) / (RADAR_HEIGHT / 2)}%`}
      style={{ width: "100%", height: "100%" }}
      accessibilityLayer={false}
    >
      <PolarAngleAxis dataKey="axis" tick={false} axisLine={false} />
      <PolarRadiusAxis domain={[0, max]} tick={false} axisLine={false} />
      {series.map((s, i) => (
        <Radar
          key={s.name}
          name={s.name}
          dataKey={`s${i}`}
          stroke="none"
          fill="none"
          dot={false}
          activeDot={{ r: 6, fill: STYLES[s.tone].colour, stroke: "var(--bg)" }}
          isAnimationActive={false}
        />
      ))}
      <Tooltip content={content} isAnimationActive={false} />
    </Chart>
  );
}
