import { fitRadius } from "./radar-fit";

/** How a series is drawn; components/charts/radar-style.ts gives each its colour and line. */
export type RadarTone = "primary" | "secondary" | "target" | "band-outer" | "band-inner";
export type RadarAxis = { id: string; label: string };
export type RadarSeries = { name: string; values: Record<string, number | null>; tone: RadarTone };

/** A radar as data: what lib builds and components draw. */
export type RadarModel = {
  axes: RadarAxis[];
  series: RadarSeries[];
  max: number;
  ticks: number[];
  /** Read by screen readers in place of the drawing; the table beside it holds the numbers. */
  description: string;
  /** Per axis id, the lines its tooltip shows: the figures and what they mean in that area. */
  notes?: Record<string, string[]>;
};

/**
 * The drawing's own coordinates, scaled to its box by the browser: wider than tall, since the
 * labels on the left and right need the width and those at the top and bottom little height.
 */
export const RADAR_WIDTH = 460;
export const RADAR_HEIGHT = 390;
export const LABEL_FONT = 14;
export const LABEL_LINE = 16;
const GAP = 8;
const MARGIN = 2;

/** Splits a label into lines of about `width` characters so long area names fit phones. */
export function wrapLabel(label: string, width = 14): string[] {
  const lines: string[] = [];
  for (const word of label.split(/\s+/)) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + word.length + 1 <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A line's width in em, without a browser to measure it: generous per-character widths for
 * the sans-serif fonts the site falls back on (DejaVu and Noto are wider than Arial), so a
 * label drawn in any of them stays inside the box.
 */
export function estimateEm(text: string): number {
  let em = 0;
  for (const c of text) {
    if (/[ijlI.,:;'!|()\-]/.test(c)) em += 0.34;
    else if (/[ft r]/.test(c)) em += 0.42;
    else if (/[mwMW]/.test(c)) em += 0.92;
    else if (/[A-Z]/.test(c)) em += 0.74;
    else em += 0.62;
  }
  return em;
}

type Point = { x: number; y: number };
export type RadarLayout = {
  centre: Point;
  radius: number;
  /** One polygon per tick, as SVG points. */
  grid: string[];
  spokes: Point[];
  labels: { lines: string[]; x: number; y: number; anchor: "start" | "middle" | "end" }[];
  tickLabels: { text: string; x: number; y: number }[];
  shapes: { name: string; tone: RadarTone; points: string; dots: (Point & { axis: string })[] }[];
};

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * Where everything in a radar goes, in a RADAR_WIDTH × RADAR_HEIGHT box: the first axis points straight
 * up and the rest go clockwise, as recharts draws them. A value without a score sits at the
 * centre (a polygon cannot leave a gap; the table flags it).
 */
export function radarLayout({ axes, series, max, ticks }: Omit<RadarModel, "description" | "notes">): RadarLayout {
  const c = { x: RADAR_WIDTH / 2, y: RADAR_HEIGHT / 2 };
  const wrapped = axes.map((a) => wrapLabel(a.label));
  const sizes = wrapped.map((lines) => ({
    width: Math.max(...lines.map((l) => estimateEm(l) * LABEL_FONT)),
    height: lines.length * LABEL_LINE,
  }));
  const radius = fitRadius({
    width: RADAR_WIDTH,
    height: RADAR_HEIGHT,
    labels: sizes,
    gap: GAP,
    margin: MARGIN,
    maxShare: 0.8,
  });
  const angle = (i: number) => ((90 - (360 * i) / Math.max(axes.length, 1)) * Math.PI) / 180;
  const at = (i: number, r: number): Point => ({
    x: round(c.x + r * Math.cos(angle(i))),
    y: round(c.y - r * Math.sin(angle(i))),
  });
  const polygon = (r: (i: number) => number) =>
    axes
      .map((_, i) => at(i, r(i)))
      .map((p) => `${p.x},${p.y}`)
      .join(" ");
  const scaled = (v: number | null | undefined) => (radius * Math.min(Math.max(v ?? 0, 0), max)) / max;
  // The scale sits between the first two axes, where it cannot cover a label.
  const between = ((90 - 180 / Math.max(axes.length, 1)) * Math.PI) / 180;
  return {
    centre: c,
    radius,
    grid: ticks.map((t) => polygon(() => scaled(t))),
    spokes: axes.map((_, i) => at(i, radius)),
    labels: wrapped.map((lines, i) => {
      const p = at(i, radius + GAP);
      const cos = Math.cos(angle(i));
      const anchor = cos > 0.01 ? "start" : cos < -0.01 ? "end" : "middle";
      // Lines are centred on the point; the first baseline sits a third of the type below it.
      return { lines, x: p.x, y: round(p.y + LABEL_FONT / 3 - ((lines.length - 1) * LABEL_LINE) / 2), anchor };
    }),
    tickLabels: ticks.map((t) => ({
      text: String(t),
      x: round(c.x + scaled(t) * Math.cos(between) + 3),
      y: round(c.y - scaled(t) * Math.sin(between)),
    })),
    shapes: series.map((s) => ({
      name: s.name,
      tone: s.tone,
      points: polygon((i) => scaled(s.values[axes[i]?.id ?? ""])),
      dots: axes.map((a, i) => ({ axis: a.id, ...at(i, scaled(s.values[a.id])) })),
    })),
  };
}
