import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as Chart } from "recharts";
import { AxisTick } from "./axis-tick";
import { RADAR_BOX, STYLES, type RadarProps } from "./radar-style";

/** The recharts drawing of a radar; RadarChart loads it on its own (see there). */
export function RadarDrawing({ axes, series, max, ticks }: Omit<RadarProps, "description">) {
  const data = axes.map((axis) => {
    const row: Record<string, string | number> = { axis: axis.label };
    series.forEach((s, i) => (row[`s${i}`] = s.values[axis.id] ?? 0));
    return row;
  });
  // The scale sits between the first two axes, where it cannot cover a label.
  return (
    <Chart responsive data={data} outerRadius="68%" style={RADAR_BOX} accessibilityLayer={false}>
      <PolarGrid stroke="var(--border)" />
      <PolarAngleAxis dataKey="axis" tick={AxisTick} />
      <PolarRadiusAxis
        domain={[0, max]}
        ticks={ticks}
        angle={90 - 180 / Math.max(axes.length, 1)}
        tick={{ fill: "var(--muted)", fontSize: 11 }}
        axisLine={false}
      />
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
  );
}
