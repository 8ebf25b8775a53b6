import { readFileSync } from "node:fs";
import { join } from "node:path";
import { z } from "zod";
import { SharedResultSchema } from "../lib/link/result-schema";
import type { Catalogue } from "../lib/questionnaire/catalogue";
import { evaluate } from "../lib/results/evaluate";
import type { SharedResult } from "../lib/link/result-schema";
import { overallOf } from "../lib/scoring/score";

/** Scores as the golden file pins them: to two decimals, as the report shows them. */
const PinnedScoreSchema = z.object({
  questionnaireId: z.string(),
  overall: z.number().nullable(),
  mean: z.number().nullable(),
  dimensions: z.record(z.string(), z.number().nullable()),
});

const GoldenSchema = z.object({
  links: z.array(
    z.object({
      ...SharedResultSchema.shape,
      name: z.string(),
      fragment: z.string(),
      scores: z.array(PinnedScoreSchema),
    }),
  ),
});

/** Links made by released versions, with the answers and scores they must keep forever. */
export const golden = GoldenSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), "e2e/fixtures/golden-links.json"), "utf8")),
);

const two = (v: number | null) => (v === null ? null : Math.round(v * 100) / 100);

/** A result's scores in the golden file's shape, to hold against what it pins. */
export function pinnedScores(result: SharedResult, catalogue: Catalogue): z.infer<typeof PinnedScoreSchema>[] {
  return evaluate(result, catalogue).map((e) => ({
    questionnaireId: e.questionnaire.id,
    overall: overallOf(e.score),
    mean: two(e.score.mean),
    dimensions: Object.fromEntries(e.score.dimensions.map((d) => [d.id, two(d.score)])),
  }));
}
