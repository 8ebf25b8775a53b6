import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { hasVisible } from "../shared/name-rule";
import { BIN_COUNT } from "./bins";
import { MIN_BENCHMARK_RESPONDENTS } from "./minimum";
import { countOf } from "../shared/plural";

const leaders = (n: number) => countOf(n, "leader", "leaders");

export { MIN_BENCHMARK_RESPONDENTS };

/** One area's scores, as how many leaders fell in each of the scale's bins (see bins.ts). */
export const AreaDistributionSchema = z.strictObject({
  /** The area (dimension) id. */
  id: IdSchema,
  /** Leaders per bin, lowest scores first. */
  counts: z.array(z.number().int().min(0)).length(BIN_COUNT, `give exactly ${BIN_COUNT} bins`),
});

const SMALL_GROUP = `every group in a benchmark needs at least ${MIN_BENCHMARK_RESPONDENTS}, so no one in it can be recognised: leave this group out`;

/**
 * One questionnaire version's distributions. The minimum holds for every group the file
 * describes, not only for the file: a file of 300 leaders with one area answered by two would
 * still show those two leaders' bins.
 */
export const VersionDistributionSchema = z
  .strictObject({
    questionnaireId: IdSchema,
    version: z.number().int().min(1),
    kind: z.enum(["stages", "agreement"]),
    /** Leaders who took this version: at least MIN_BENCHMARK_RESPONDENTS. */
    respondents: z.number().int().min(0),
    /** Each area's distribution describes at least MIN_BENCHMARK_RESPONDENTS leaders, and no more than took the version. */
    areas: z.array(AreaDistributionSchema),
  })
  .superRefine((v, ctx) => {
    const group = `${v.questionnaireId} version ${v.version}`;
    if (v.respondents < MIN_BENCHMARK_RESPONDENTS)
      ctx.addIssue({
        code: "custom",
        path: ["respondents"],
        message: `${group} holds ${leaders(v.respondents)}; ${SMALL_GROUP}`,
      });
    v.areas.forEach((area, i) => {
      const total = area.counts.reduce((sum, n) => sum + n, 0);
      const path = ["areas", i, "counts"];
      const where = `area "${area.id}" of ${group}`;
      if (total < MIN_BENCHMARK_RESPONDENTS)
        ctx.addIssue({ code: "custom", path, message: `${where} describes ${leaders(total)}; ${SMALL_GROUP}` });
      else if (total > v.respondents)
        ctx.addIssue({
          code: "custom",
          path,
          message: `${where} describes ${leaders(total)}, more than the ${v.respondents} who took the version`,
        });
    });
  });

/**
 * An anonymous benchmark: per-area distributions per questionnaire version, and how many
 * leaders and teams it holds. No labels, no organisations, no answers.
 */
export const BenchmarkSchema = z.strictObject({
  /** The file format, so a later site can read older files. */
  format: z.literal(1),
  /** Who the leaders are, as results show it: "compared with 84 leaders in <name>". */
  name: z
    .string()
    .trim()
    .min(1, "this text is required")
    .max(80)
    .refine(hasVisible, "a name needs at least one visible character: this one shows as nothing"),
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
