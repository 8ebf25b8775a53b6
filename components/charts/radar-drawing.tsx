import { useLayoutEffect, useRef, useState } from "react";
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as Chart } from "recharts";
import { fitRadius } from "@/lib/charts/radar-fit";
import { AxisTick, TICK_FONT_SIZE, TICK_LINE_HEIGHT, wrapLabel } from "./axis-tick";
import { RADAR_BOX, STYLES, type RadarProps } from "./radar-style";

/** Each label's drawn size, measured with the page's own font. */
function labelSizes(labels: string[], font: string) {
  const context = document.createElement("canvas").getContext("2d");
  if (context) context.font = `${TICK_FONT_SIZE}px ${font}`;
  return labels.map((label) => {
    const lines = wrapLabel(label);
    // Without a canvas, assume a generous 0.6 em a character.
    const width = Math.max(...lines.map((l) => context?.measureText(l).width ?? l.length * TICK_FONT_SIZE * 0.6));
    return { width, height: lines.length * TICK_LINE_HEIGHT };
  });
}

/** The recharts drawing of a radar; RadarChart loads it on its own (see there). */
export function RadarDrawing({ axes, series, max, ticks }: Omit<RadarProps, "description">) {
  const box = useRef<HTMLDivElement>(null);
  const [radius, setRadius] = useState<number | null>(null);
  // The web's radius follows the box's width, so every label stays inside it on any screen.
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const sizes = labelSizes(
      axes.map((a) => a.label),
      getComputedStyle(element).fontFamily,
    );
    const fit = () => {
      const { width, height } = element.getBoundingClientRect();
      setRadius(fitRadius({ width, height, labels: sizes, gap: 10, margin: 2, maxShare: 0.7 }));
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [axes]);
  const data = axes.map((axis) => {
    const row: Record<string, string | number> = { axis: axis.label };
    series.forEach((s, i) => (row[`s${i}`] = s.values[axis.id] ?? 0));
    return row;
  });
  // The scale sits between the first two axes, where it cannot cover a label.
  return (
    <div ref={box} style={RADAR_BOX}>
      {radius !== null && (
        <Chart responsive data={data} outerRadius={radius} style={RADAR_BOX} accessibilityLayer={false}>
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
      )}
    </div>
  );
}
