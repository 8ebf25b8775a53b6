import { z } from "../../zod";
import { TextSchema } from "../../questionnaire/text";
import { AreaStagesSchema, type AreaStages } from "../../report/area-stages-schema";
import type { LimitedText } from "./length-limits";
import { textKind, TranslationSourceSchema } from "./read-translation";
import { stageKey } from "./stage-model-translation";

/** content/i18n/<lang>/area-stages.yaml: each journey area's six stages in another language. */
export const AreaStagesTranslationSchema = z.strictObject({
  /** Names content/area-stages.yaml. */
  source: TranslationSourceSchema,
  /** Whose model the names rest on, credited as the English credits it. */
  credit: AreaStagesSchema.shape.credit,
  /** By journey area id, then by stage number, quoted ("1" … "6"): every area, all six stages. */
  areas: z.record(
    z.string(),
    z.record(
      z.string(),
      z.strictObject({
        /** A short name for targets, the plan and the table: it sits in a target's menu (length checked per language). */
        name: TextSchema,
        /** One line on what the stage looks like in this area (length checked per language). */
        summary: TextSchema,
      }),
    ),
  ),
});

export type AreaStagesTranslation = z.infer<typeof AreaStagesTranslationSchema>;

export const AREA_STAGES = textKind<AreaStages, AreaStagesTranslation>({
  schema: AreaStagesTranslationSchema,
  texts: (names) => ({
    credit: names.credit,
    areas: Object.fromEntries(
      names.areas.map((a) => [
        a.area,
        Object.fromEntries(a.stages.map((s) => [stageKey(s), { name: s.name, summary: s.summary }])),
      ]),
    ),
  }),
  limited: (t) =>
    Object.entries(t.areas).flatMap(([area, stages]) =>
      Object.entries(stages).flatMap(([stage, s]): LimitedText[] => [
        { path: `areas.${area}.${stage}.name`, kind: "areaStageName", text: s.name },
        { path: `areas.${area}.${stage}.summary`, kind: "areaStageSummary", text: s.summary },
      ]),
    ),
  localize: (names, t) => ({
    ...names,
    credit: t.credit,
    areas: names.areas.map((a) => ({
      ...a,
      stages: a.stages.map((s) => ({ ...s, ...t.areas[a.area]?.[stageKey(s)] })),
    })),
  }),
});
