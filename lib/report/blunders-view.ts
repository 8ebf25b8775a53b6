import type { RadarModel } from "../charts/radar-geometry";
import type { Answers } from "../questionnaire/answers";
import type { AgreementQuestionnaire } from "../questionnaire/schema";
import { fill } from "../i18n/format";
import type { AgreementScore, BandClaim } from "../scoring/agreement";
import { chartScale } from "../scoring/scale";
import { answerSpreads } from "../scoring/answer-spread";
import {
  avoidanceFigure,
  avoidanceWithBand,
  bandIn,
  blundersHeadline,
  spreadText,
  type BlundersHeadline,
} from "./figures";
import type { Words } from "./words";

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
  w: Words,
): BlundersView {
  const m = w.messages.results.blunders;
  const spreads = answerSpreads(questionnaire, answers);
  const blunders = score.dimensions.map((d): BlunderView => {
    const about = questionnaire.dimensions.find((x) => x.id === d.id);
    const spread = spreads[d.id];
    return {
      id: d.id,
      name: d.name,
      figure: d.score === null ? null : avoidanceFigure(d.score, w),
      band: d.score === null ? null : bandIn(d.score, w),
      description: about?.description ?? "",
      alternative: about?.alternative ?? "",
      spread: spread ? spreadText(spread, "agreement", w) : null,
      answered: d.answered,
      total: d.total,
      dontKnow: d.dontKnow,
    };
  });
  return {
    questionnaire,
    answers,
    score,
    headline: blundersHeadline(score, w),
    blunders,
    radar: {
      axes: blunders.map((b) => ({ id: b.id, label: b.name })),
      series: [
        {
          name: m.series,
          values: Object.fromEntries(score.dimensions.map((d) => [d.id, d.score])),
          tone: "primary",
        },
      ],
      ...chartScale("agreement"),
      description: fill(m.radarDescription, {
        items: blunders
          .map((b) => fill(m.radarItem, { name: b.name, figure: b.figure ?? m.notEnoughLower }))
          .join("; "),
      }),
      notes: Object.fromEntries(
        blunders.map((b) => [b.id, b.band === null ? [w.messages.results.notEnough] : [avoidanceWithBand(b.band, w)]]),
      ),
    },
  };
}
