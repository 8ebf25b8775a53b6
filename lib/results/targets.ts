import type { SharedResult } from "../link/result-schema";
import type { Catalogue } from "../questionnaire/catalogue";
import { LAST_STAGE, roundStage, toStage, type Stage, type StagesScore } from "../scoring/stages";
import { evaluate } from "./evaluate";

/** A target stage per journey area, by area id. Areas without a score have none. */
export type Targets = Record<string, Stage>;

/** The default target: one stage above where the area stands now, and never past the last. */
export function defaultTarget(score: number): Stage {
  return toStage(Math.min(LAST_STAGE, roundStage(score) + 1));
}

/** The stages a leader may aim for in an area: from where it stands (hold) to the last stage. */
export function targetChoices(score: number): Stage[] {
  const choices: Stage[] = [];
  for (let stage = roundStage(score); stage <= LAST_STAGE; stage += 1) choices.push(toStage(stage));
  return choices;
}

/**
 * The target of every scored area: the one chosen where it is a stage the area can aim for,
 * otherwise the default. A chosen target below where the area now stands (the result changed,
 * or the link was made by hand) falls back to the default rather than planning backwards.
 */
export function resolveTargets(journey: StagesScore, chosen: Readonly<Record<string, number>> | undefined): Targets {
  const targets: Targets = {};
  for (const d of journey.dimensions) {
    if (d.score === null) continue;
    const pick = chosen?.[d.id];
    targets[d.id] =
      pick !== undefined && targetChoices(d.score).some((s) => s === pick) ? toStage(pick) : defaultTarget(d.score);
  }
  return targets;
}

/** Only the targets that differ from the default, so a link with none stays as short as before. */
export function changedTargets(journey: StagesScore, targets: Targets): Targets {
  const changed: Targets = {};
  for (const d of journey.dimensions) {
    const target = targets[d.id];
    if (d.score !== null && target !== undefined && target !== defaultTarget(d.score)) changed[d.id] = target;
  }
  return changed;
}

/**
 * The chosen targets a result's report plans toward: each one still a stage its area can aim for
 * (at or above where it stands). A retake carries these, and compare judges by them; a chosen
 * target below where the area stood was already passed, and the report planned past it.
 */
export function keptTargets(journey: StagesScore, chosen: Readonly<Record<string, number>> | undefined): Targets {
  const resolved = resolveTargets(journey, chosen);
  return Object.fromEntries(Object.entries(resolved).filter(([id, stage]) => chosen?.[id] === stage));
}

/** The targets a result's report planned toward, or undefined when it chose none (or has no journey). */
export function carriedTargets(result: SharedResult, catalogue: Catalogue): Targets | undefined {
  if (!result.targets) return undefined;
  for (const { score } of evaluate(result, catalogue)) {
    if (score.kind !== "stages") continue;
    const kept = keptTargets(score, result.targets);
    return Object.keys(kept).length > 0 ? kept : undefined;
  }
  return undefined;
}
