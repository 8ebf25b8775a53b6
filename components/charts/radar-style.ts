import type { CSSProperties } from "react";

export type RadarSeries = { name: string; values: Record<string, number | null>; tone: keyof typeof STYLES };
export type RadarAxis = { id: string; label: string };

export type RadarProps = {
  axes: RadarAxis[];
  series: RadarSeries[];
  max: number;
  ticks: number[];
  /** Read by screen readers in place of the drawing; the table beside it holds the numbers. */
  description: string;
};

export const STYLES = {
  primary: { colour: "var(--accent)", fill: 0.28, dash: undefined },
  secondary: { colour: "var(--muted)", fill: 0.12, dash: "5 4" },
  /** Where the leader aims: an outline only, dotted, so the current shape stays readable inside it. */
  target: { colour: "var(--text)", fill: 0, dash: "2 3" },
  /**
   * The edges of a min–max band, with a faint fill from the outer edge. The two edges differ in
   * line style as well as in the legend's label (long dashes outside, short dots inside), so
   * highest and lowest are told apart without colour and in print.
   */
  "band-outer": { colour: "var(--accent)", fill: 0.1, dash: "9 4" },
  "band-inner": { colour: "var(--muted)", fill: 0, dash: "2 3" },
} as const;

/** The drawing's box, also held empty while it loads, so nothing moves when it arrives. */
export const RADAR_BOX: CSSProperties = { width: "100%", aspectRatio: "1 / 1" };
