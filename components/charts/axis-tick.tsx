/** Splits a label into lines of about `width` characters so long dimension names fit phones. */
export function wrapLabel(label: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/** The axis labels' type: measured in radar-drawing.tsx to fit the web to the box. */
export const TICK_FONT_SIZE = 12;
export const TICK_LINE_HEIGHT = 14;

type TickProps = { x?: number | string; y?: number | string; textAnchor?: string; payload?: { value?: unknown } };

export function AxisTick({ x = 0, y = 0, textAnchor = "middle", payload }: TickProps) {
  const value = payload?.value;
  const lines = wrapLabel(typeof value === "string" || typeof value === "number" ? String(value) : "");
  const anchor = textAnchor === "start" || textAnchor === "end" ? textAnchor : "middle";
  return (
    <text x={x} y={y} textAnchor={anchor} fill="var(--text)" fontSize={TICK_FONT_SIZE}>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={i === 0 ? 4 - ((lines.length - 1) * TICK_LINE_HEIGHT) / 2 : TICK_LINE_HEIGHT}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
