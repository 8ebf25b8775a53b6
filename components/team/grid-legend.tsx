import { fill } from "@/lib/i18n/format";
import type { RiskBand } from "@/lib/scoring/agreement";
import { FIRST_STAGE, LAST_STAGE } from "@/lib/scoring/stages";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN } from "@/lib/scoring/thresholds";
import type { TeamText } from "@/lib/team/text";
import { distanceIn } from "@/lib/workshop/sentence";

const STAGES = Array.from({ length: LAST_STAGE - FIRST_STAGE + 1 }, (_, i) => FIRST_STAGE + i);
const BANDS: RiskBand[] = ["high", "watch", "healthy"];

/** The colours' key, drawn with the same classes as the cells, so it is true in either colour scheme. */
export function Legend({ stages, bands, text }: { stages: boolean; bands: boolean; text: TeamText }) {
  const words = text.team;
  return (
    <div className="grid-legend">
      {stages && (
        <p>
          {words.legendStages}{" "}
          {STAGES.map((s) => (
            <span key={s} className={`grid-swatch grid-stage-${s}`}>
              {s}
            </span>
          ))}
        </p>
      )}
      {bands && (
        <p>
          {words.legendBands}{" "}
          {BANDS.map((b) => (
            <span key={b} className={`grid-swatch grid-band-${b}`}>
              {words.bands[b]}
            </span>
          ))}
        </p>
      )}
      <p>
        {fill(words.legendMarks, {
          far: distanceIn(text, "stages", FAR_APART.stages),
          farPoints: distanceIn(text, "agreement", FAR_APART.agreement),
          min: MIN_LEADERS_FOR_MEDIAN,
        })}
      </p>
    </div>
  );
}
