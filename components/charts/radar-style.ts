import type { CSSProperties } from "react";
import { RADAR_HEIGHT, RADAR_WIDTH, type RadarModel, type RadarTone } from "@/lib/charts/radar-geometry";

export type { RadarAxis, RadarSeries } from "@/lib/charts/radar-geometry";

export type RadarProps = RadarModel;

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
} as const satisfies Record<RadarTone, { colour: string; fill: number; dash: string | undefined }>;

/** The drawing's box, in its own proportions, so nothing moves when the interactive layer arrives over it. */
export const RADAR_BOX: CSSProperties = { width: "100%", aspectRatio: `${RADAR_WIDTH} / ${RADAR_HEIGHT}` };
