import type { RadarModel } from "../charts/radar-geometry";
import type { Answers } from "../questionnaire/answers";
import type { StagesQuestionnaire } from "../questionnaire/schema";
import { fill } from "../i18n/format";
import { formatStageScoreIn } from "../results/format";
import { targetChoices, type Targets } from "../results/targets";
import { chartScale } from "../scoring/scale";
import { answerSpreads } from "../scoring/answer-spread";
import { nextStage, roundStage, type Stage, type StagesScore } from "../scoring/stages";
import { areaStage, overallStage, type StageName } from "./area-stages";
import type { ReportContent } from "./content";
import { spreadText, stageFigure, stageOfSix } from "./figures";
import type { Words } from "./words";

/** One journey area as every part of the report shows it. */
export type AreaView = {
  id: string;
  name: string;
  score: number | null;
  /** "2.75 of 6", or null with too few answers. */
  figure: string | null;
  /** The stage the score rounds to, named for this area. */
  stage: ({ stage: Stage } & StageName) | null;
  target: ({ stage: Stage } & StageName) | null;
  /** Target minus score, never below zero: "1.25". */
  gap: string | null;
  /** How far this leader's answers in the area agree: "answers span stages 2–5". */
  spread: string | null;
  answered: number;
  total: number;
  dontKnow: number;
  /** The stages a target may be set to, each named for this area; "(hold)" where it stands. */
  choices: { stage: Stage; label: string }[];
};

export type JourneyView = {
  questionnaire: StagesQuestionnaire;
  answers: Answers;
  score: StagesScore;
  targets: Targets;
  /** The overall stage keeps Graham Hill's names. */
  overall: { stage: Stage; text: string; average: string; next: string } | null;
  areas: AreaView[];
  radar: RadarModel;
};

const named = (stage: Stage, name: StageName) => ({ stage, ...name });

export function journeyView(
  questionnaire: StagesQuestionnaire,
  answers: Answers,
  score: StagesScore,
  targets: Targets,
  content: Pick<ReportContent, "model" | "areaStages"> & Words,
): JourneyView {
  const w = content;
  const m = w.messages.results.journey;
  const spreads = answerSpreads(questionnaire, answers);
  const nameIn = (area: string, stage: Stage) => areaStage(content.areaStages, content.model, area, stage);
  const areas = score.dimensions.map((d): AreaView => {
    const target = targets[d.id];
    const here = d.score === null ? null : roundStage(d.score);
    const spread = spreads[d.id];
    return {
      id: d.id,
      name: d.name,
      score: d.score,
      figure: d.score === null ? null : stageFigure(d.score, w),
      stage: here === null ? null : named(here, nameIn(d.id, here)),
      target: target === undefined ? null : named(target, nameIn(d.id, target)),
      gap:
        d.score === null || target === undefined ? null : formatStageScoreIn(w.locale, Math.max(0, target - d.score)),
      spread: spread ? spreadText(spread, "stages", w) : null,
      answered: d.answered,
      total: d.total,
      dontKnow: d.dontKnow,
      choices:
        d.score === null
          ? []
          : targetChoices(d.score).map((stage) => ({
              stage,
              label: fill(stage === here ? m.choiceHold : m.choice, { stage, name: nameIn(d.id, stage).name }),
            })),
    };
  });
  const next = score.stage === null ? null : nextStage(score.stage);
  const overall =
    score.stage === null || score.mean === null
      ? null
      : {
          stage: score.stage,
          text: fill(m.overall, {
            stage: stageOfSix(score.stage, w, true),
            name: overallStage(content.model, score.stage).name,
          }),
          average: fill(m.average, { figure: stageFigure(score.mean, w) }),
          next: next
            ? fill(m.next, { stage: stageOfSix(next, w), name: overallStage(content.model, next).name })
            : m.last,
        };
  return { questionnaire, answers, score, targets, overall, areas, radar: journeyRadar(areas, w) };
}

/** Now and target on one radar, each point's tooltip naming the stage in that area's words. */
function journeyRadar(areas: AreaView[], w: Words): RadarModel {
  const m = w.messages.results.journey;
  const values = (pick: (a: AreaView) => number | null) => Object.fromEntries(areas.map((a) => [a.id, pick(a)]));
  const described = areas
    .map((a) =>
      a.figure === null
        ? fill(m.radarAreaNone, { name: a.name })
        : fill(m.radarArea, { name: a.name, figure: a.figure, target: String(a.target?.stage) }),
    )
    .join("; ");
  return {
    axes: areas.map((a) => ({ id: a.id, label: a.name })),
    series: [
      { name: m.target, values: values((a) => a.target?.stage ?? null), tone: "target" },
      { name: m.now, values: values((a) => a.score), tone: "primary" },
    ],
    ...chartScale("stages"),
    description: fill(m.radarDescription, { areas: described }),
    notes: Object.fromEntries(
      areas.map((a) => [
        a.id,
        a.figure === null || !a.stage
          ? [w.messages.results.notEnough]
          : [
              fill(m.noteNow, { figure: a.figure, name: a.stage.name }),
              ...(a.target ? [fill(m.noteTarget, { stage: stageOfSix(a.target.stage, w), name: a.target.name })] : []),
              ...(a.spread ? [a.spread] : []),
            ],
      ]),
    ),
  };
}
