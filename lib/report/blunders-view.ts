import type { RadarModel } from "../charts/radar-geometry";
import type { Answers } from "../questionnaire/answers";
import type { AgreementQuestionnaire } from "../questionnaire/schema";
import { bandClaim, type AgreementScore, type BandClaim } from "../scoring/agreement";
import { chartScale } from "../scoring/scale";
import { answerSpreads } from "../scoring/answer-spread";
import { avoidanceFigure, avoidanceWithBand, blundersHeadline, spreadText, type BlundersHeadline } from "./figures";

/** One blunder as the report shows it. */
export type BlunderView = {
  id: string;
  name: string;
  /** "43 / 100", or null with too few answers. */
  figure: string | null;
  /** Its band, said of its own score; null with too few answers. */
  band: BandClaim | null;
  description: string;
  alternative: string;
  spread: string | null;
  answered: number;
  total: number;
  dontKnow: number;
};

export type BlundersView = {
  questionnaire: AgreementQuestionnaire;
  answers: Answers;
  score: AgreementScore;
  /** The overall with its own band, and the blunders at risk named apart; null without an overall. */
  headline: BlundersHeadline | null;
  blunders: BlunderView[];
  radar: RadarModel;
};

export function blundersView(
  questionnaire: AgreementQuestionnaire,
  answers: Answers,
  score: AgreementScore,
): BlundersView {
  const spreads = answerSpreads(questionnaire, answers);
  const blunders = score.dimensions.map((d): BlunderView => {
    const about = questionnaire.dimensions.find((x) => x.id === d.id);
    const spread = spreads[d.id];
    return {
      id: d.id,
      name: d.name,
      figure: d.score === null ? null : avoidanceFigure(d.score),
      band: d.score === null ? null : bandClaim(d.score),
      description: about?.description ?? "",
      alternative: about?.alternative ?? "",
      spread: spread ? spreadText(spread, "agreement") : null,
      answered: d.answered,
      total: d.total,
      dontKnow: d.dontKnow,
    };
  });
  return {
    questionnaire,
    answers,
    score,
    headline: blundersHeadline(score),
    blunders,
    radar: {
      axes: blunders.map((b) => ({ id: b.id, label: b.name })),
      series: [
        {
          name: "This result",
          values: Object.fromEntries(score.dimensions.map((d) => [d.id, d.score])),
          tone: "primary",
        },
      ],
      ...chartScale("agreement"),
      description: `Radar chart of blunder avoidance, 0 to 100. ${blunders.map((b) => `${b.name}: ${b.figure ?? "not enough answers"}`).join("; ")}.`,
      notes: Object.fromEntries(
        blunders.map((b) => [b.id, b.band === null ? ["Not enough answers"] : [avoidanceWithBand(b.band)]]),
      ),
    },
  };
}
