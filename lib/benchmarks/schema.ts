import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { BIN_COUNT } from "./bins";
import { MIN_BENCHMARK_RESPONDENTS } from "./minimum";

export { MIN_BENCHMARK_RESPONDENTS };

/** One area's scores, as how many leaders fell in each of the scale's bins (see bins.ts). */
export const AreaDistributionSchema = z.strictObject({
  /** The area (dimension) id. */
  id: IdSchema,
  /** Leaders per bin, lowest scores first. */
  counts: z.array(z.number().int().min(0)).length(BIN_COUNT, `give exactly ${BIN_COUNT} bins`),
});

/** One questionnaire version's distributions. */
export const VersionDistributionSchema = z.strictObject({
  questionnaireId: IdSchema,
  version: z.number().int().min(1),
  kind: z.enum(["stages", "agreement"]),
  /** Leaders who took this version. */
  respondents: z.number().int().min(0),
  areas: z.array(AreaDistributionSchema),
});

/**
 * An anonymous benchmark: per-area distributions per questionnaire version, and how many
 * leaders and teams it holds. No labels, no organisations, no answers.
 */
export const BenchmarkSchema = z.strictObject({
  /** The file format, so a later site can read older files. */
  format: z.literal(1),
  /** Who the leaders are, as results show it: "compared with 84 leaders in <name>". */
  name: z.string().trim().min(1, "this text is required").max(80),
  respondents: z
    .number()
    .int()
    .min(
      MIN_BENCHMARK_RESPONDENTS,
      `a benchmark needs at least ${MIN_BENCHMARK_RESPONDENTS} respondents, so no one in it can be recognised`,
    ),
  teams: z.number().int().min(1),
  questionnaires: z.array(VersionDistributionSchema).min(1),
});

export type AreaDistribution = z.infer<typeof AreaDistributionSchema>;
export type VersionDistribution = z.infer<typeof VersionDistributionSchema>;
export type Benchmark = z.infer<typeof BenchmarkSchema>;
