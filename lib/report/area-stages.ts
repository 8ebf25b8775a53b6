import type { StageModel } from "../questionnaire/stage-model";
import type { AreaStages } from "./area-stages-schema";

/** What a stage is called, and looks like, in one place: an area, or the organisation overall. */
export type StageName = { name: string; summary: string };

/**
 * Stage `stage` as it looks in area `areaId` (content/area-stages.yaml). The build checks that
 * every current area has its names; an area only an older questionnaire version had would have
 * none, and then borrows the overall stage's name rather than show nothing.
 */
export function areaStage(names: AreaStages, model: StageModel, areaId: string, stage: number): StageName {
  const own = names.areas.find((a) => a.area === areaId)?.stages.find((s) => s.stage === stage);
  return own ?? overallStage(model, stage);
}

/** The overall stage's name: Graham Hill's. */
export function overallStage(model: StageModel, stage: number): StageName {
  const s = model.stages.find((x) => x.stage === stage);
  return { name: s?.name ?? `Stage ${stage}`, summary: s?.summary ?? "" };
}
