import { startTransition, useEffect, useState, type ComponentType } from "react";
import { RADAR_BOX, type RadarProps } from "./radar-style";

export type { RadarAxis, RadarSeries } from "./radar-style";

type Drawing = ComponentType<Omit<RadarProps, "description">>;

/**
 * A radar of scores. Dimensions without enough answers are drawn at the centre and flagged
 * in the table, because recharts cannot leave a gap in a polygon.
 *
 * recharts (about 90 KB gzipped) is fetched only once the report is on screen: the scores,
 * tables and advice need none of it, and on a slow phone connection waiting for it delayed the
 * whole report. No Suspense: a report rendered in a transition would wait for it. Its box is
 * held empty meanwhile, so nothing moves when the drawing arrives.
 */
export function RadarChart({ description, ...props }: RadarProps) {
  const [Drawing, setDrawing] = useState<Drawing | null>(null);
  useEffect(() => {
    let mounted = true;
    const load = () =>
      import("./radar-drawing").then(
        ({ RadarDrawing }) => mounted && startTransition(() => setDrawing(() => RadarDrawing)),
      );
    // After the next paint, so the report's text is on screen before the chart's code is asked for.
    const frame = requestAnimationFrame(() => setTimeout(load, 0));
    return () => {
      mounted = false;
      cancelAnimationFrame(frame);
    };
  }, []);
  const { series } = props;
  return (
    <figure className="radar" role="img" aria-label={description} aria-busy={Drawing === null}>
      {Drawing ? <Drawing {...props} /> : <div style={RADAR_BOX} />}
      {series.length > 1 && (
        <figcaption className="radar-legend">
          {series.map((s) => (
            <span key={s.name} className={`legend-${s.tone}`}>
              {s.name}
            </span>
          ))}
        </figcaption>
      )}
    </figure>
  );
}
