/** A wrapped axis label's size in pixels, as drawn. */
export type LabelSize = { width: number; height: number };

type Fit = {
  /** The drawing's box, in pixels. */
  width: number;
  height: number;
  /** One per axis, in axis order; the first axis points straight up, the rest go clockwise. */
  labels: LabelSize[];
  /** Space between the outermost ring and its label. */
  gap: number;
  /** Space kept clear at the box's edges. */
  margin: number;
  /** The radius never grows past this share of half the box, so the web keeps room to breathe. */
  maxShare: number;
};

// Labels within this of the vertical are centred on their axis rather than hung off one side.
const CENTRED = 0.01;

/**
 * The largest outer radius at which every axis label fits inside the box. Labels sit just past
 * the outer ring: those on the right start there, those on the left end there, those at the top
 * and bottom are centred on their axis, and each label's lines are centred on its point. Phones
 * are narrow and area names are long, so a fixed share of the width (what the chart used) put
 * labels off the edge of the screen.
 */
export function fitRadius({ width, height, labels, gap, margin, maxShare }: Fit): number {
  const cx = width / 2;
  const cy = height / 2;
  let radius = maxShare * Math.min(cx, cy);
  labels.forEach((label, i) => {
    const angle = ((90 - (360 * i) / labels.length) * Math.PI) / 180;
    const cos = Math.cos(angle);
    const sin = Math.sin(angle);
    // Horizontally: the far edge of the label must stay inside the margin.
    const across = Math.abs(cos) > CENTRED ? label.width : label.width / 2;
    if (Math.abs(cos) > CENTRED) radius = Math.min(radius, (cx - margin - across) / Math.abs(cos) - gap);
    // Vertically: half the label's height above or below its point.
    if (Math.abs(sin) > CENTRED) radius = Math.min(radius, (cy - margin - label.height / 2) / Math.abs(sin) - gap);
  });
  return Math.max(0, radius);
}
