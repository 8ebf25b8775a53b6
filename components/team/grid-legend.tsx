import { RISK_BAND_LABELS, type RiskBand } from "@/lib/scoring/agreement";
import { FIRST_STAGE, LAST_STAGE } from "@/lib/scoring/stages";
import { FAR_APART, MIN_LEADERS_FOR_MEDIAN } from "@/lib/scoring/thresholds";
import { distanceText } from "@/lib/workshop/sentence";

const STAGES = Array.from({ length: LAST_STAGE - FIRST_STAGE + 1 }, (_, i) => FIRST_STAGE + i);
const BANDS: RiskBand[] = ["high", "watch", "healthy"];

/** The colours' key, drawn with the same classes as the cells, so it is true in either colour scheme. */
export function Legend({ stages, bands }: { stages: boolean; bands: boolean }) {
  return (
    <div className="grid-legend">
      {stages && (
        <p>
          Journey cells are tinted by stage, more strongly the further along:{" "}
          {STAGES.map((s) => (
            <span key={s} className={`grid-swatch grid-stage-${s}`}>
              {s}
            </span>
          ))}
        </p>
      )}
      {bands && (
        <p>
          Blunders cells by risk band:{" "}
          {BANDS.map((b) => (
            <span key={b} className={`grid-swatch grid-band-${b}`}>
              {RISK_BAND_LABELS[b]}
            </span>
          ))}
        </p>
      )}
      <p>
        ↓ and ↑ mark a leader {distanceText("stages", FAR_APART.stages)} (
        {distanceText("agreement", FAR_APART.agreement)}) or more below or above the team&rsquo;s median in that area,
        where at least {MIN_LEADERS_FOR_MEDIAN} leaders scored it.
      </p>
    </div>
  );
}
