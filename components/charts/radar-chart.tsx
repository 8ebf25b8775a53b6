import { startTransition, useEffect, useRef, useState, type ComponentType } from "react";
import { RADAR_BOX, STYLES, type RadarProps } from "./radar-style";

export type { RadarAxis, RadarSeries } from "./radar-style";

type Drawing = ComponentType<Omit<RadarProps, "description">>;

/**
 * A radar of scores. Dimensions without enough answers are drawn at the centre and flagged
 * in the table, because recharts cannot leave a gap in a polygon.
 *
 * recharts (about 90 KB gzipped, and a long task to set up on a phone) is fetched only when the
 * chart is about to be seen: the scores, tables and advice need none of it, and a chart below
 * the fold, or in a closed section, costs the page nothing until the reader gets there. No
 * Suspense: a report rendered in a transition would wait for it. Its box is held empty
 * meanwhile, so nothing moves when the drawing arrives.
 */
export function RadarChart({ description, ...props }: RadarProps) {
  const [Drawing, setDrawing] = useState<Drawing | null>(null);
  const figure = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = figure.current;
    if (!element) return;
    let mounted = true;
    const load = () => {
      void import("./radar-drawing").then(({ RadarDrawing }) => {
        if (mounted) startTransition(() => setDrawing(() => RadarDrawing));
      });
    };
    // Within half a screen of the viewport counts as about to be seen; printing shows everything.
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        load();
      },
      { rootMargin: "50% 0px" },
    );
    observer.observe(element);
    window.addEventListener("beforeprint", load, { once: true });
    return () => {
      mounted = false;
      observer.disconnect();
      window.removeEventListener("beforeprint", load);
    };
  }, []);
  const { series } = props;
  // A div, not a figure: a figure with a caption may not take the img role. The legend repeats
  // what the description and the table say, so assistive technology skips it.
  return (
    <div className="radar">
      <div ref={figure} role="img" aria-label={description} aria-busy={Drawing === null}>
        {Drawing ? <Drawing {...props} /> : <div style={RADAR_BOX} />}
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
