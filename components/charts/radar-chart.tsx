import { startTransition, useState, type ComponentType } from "react";
import { RadarSvg } from "./radar-svg";
import { RADAR_BOX, STYLES, type RadarProps } from "./radar-style";

export type { RadarAxis, RadarSeries } from "./radar-style";

type Drawing = ComponentType<Omit<RadarProps, "description">>;

/**
 * A radar of scores. Areas without enough answers are drawn at the centre and flagged in the
 * table, because a polygon cannot leave a gap.
 *
 * The radar itself is plain SVG (RadarSvg), drawn with the report: it is on screen at once, in
 * the summary's first screen, and on paper however the page is printed. recharts (about 100 KB
 * gzipped, and a long task to start on a phone) adds only the tooltips, so it is fetched when a
 * reader reaches for a chart (a pointer over it, a touch on it) and laid invisibly over the
 * drawing: nothing on screen moves or changes when it arrives.
 */
export function RadarChart({ description, ...props }: RadarProps) {
  const [Drawing, setDrawing] = useState<Drawing | null>(null);
  const [asked, setAsked] = useState(false);
  const load = () => {
    if (asked) return;
    setAsked(true);
    void import("./radar-drawing").then(({ RadarDrawing }) => startTransition(() => setDrawing(() => RadarDrawing)));
  };
  const { series } = props;
  // A div, not a figure: a figure with a caption may not take the img role. The legend repeats
  // what the description and the table say, so assistive technology skips it.
  return (
    <div className="radar">
      <div
        className="radar-figure"
        role="img"
        aria-label={description}
        style={RADAR_BOX}
        onPointerEnter={load}
        onTouchStart={load}
      >
        <RadarSvg {...props} />
        {Drawing && (
          <div className="radar-live" aria-hidden="true">
            <Drawing {...props} />
          </div>
        )}
      </div>
      {series.length > 1 && (
        <p className="radar-legend" aria-hidden="true">
          {series.map((s) => (
            <span key={s.name} className="legend-item">
              {/* The same stroke as the drawing, so the legend cannot drift from what it explains. */}
              <svg width="28" height="6" viewBox="0 0 28 6" focusable="false">
                <line
                  x1="0"
                  x2="28"
                  y1="3"
                  y2="3"
                  stroke={STYLES[s.tone].colour}
                  strokeDasharray={STYLES[s.tone].dash}
                  strokeWidth="3"
                />
              </svg>
              {s.name}
            </span>
          ))}
        </p>
      )}
    </div>
  );
}
