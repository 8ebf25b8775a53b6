import { existsSync } from "node:fs";
import { join } from "node:path";
import { TransitionStepSetSchema, type TransitionStepSet } from "../../recommendations/steps-schema";
import type { StagesQuestionnaire } from "../../questionnaire/schema";
import { FIRST_STAGE, LAST_STAGE } from "../../scoring/stages";
import { cachedInBuild } from "../build-cache";
import { ContentError, parseWithFriendlyErrors } from "../parse";
import { contentDir, displayPath } from "../paths";
import { readYaml } from "../read-yaml";
import type { Locale } from "../../i18n/locales";
import { translate } from "../i18n/read-translation";
import { STEPS } from "../i18n/steps-translation";

/**
 * Loads the plan steps for a journey questionnaire and checks them against it: every area has
 * exactly one step for every transition from stage 1 to stage 6, each names a real area, and
 * each linked article exists. A missing step fails the build: a plan with a hole in it would
 * send a leader from stage 2 to stage 4 with nothing to do in between.
 */
export const loadSteps = cachedInBuild(
  function loadSteps(questionnaire: StagesQuestionnaire, root: string = contentDir()): TransitionStepSet {
    const path = join(root, "recommendations", `${questionnaire.id}-steps.yaml`);
    const file = displayPath(path);
    if (!existsSync(path))
      throw new ContentError(file, ["(file): missing; every journey questionnaire needs plan steps"]);
    const set = parseWithFriendlyErrors(TransitionStepSetSchema, readYaml(path, file), file);
    const problems: string[] = [];
    if (set.questionnaire !== questionnaire.id) {
      problems.push(`questionnaire: expected "${questionnaire.id}", found "${set.questionnaire}"`);
    }
    const dimensions = new Set(questionnaire.dimensions.map((d) => d.id));
    const seen = new Set<string>();
    set.steps.forEach((step, i) => {
      const key = `${step.dimension} ${step.from}→${step.to}`;
      if (!dimensions.has(step.dimension)) problems.push(`steps[${i}].dimension: unknown area "${step.dimension}"`);
      if (seen.has(key)) problems.push(`steps[${i}]: a second step for ${key}`);
      seen.add(key);
      step.articles.forEach((slug, j) => {
        if (!existsSync(join(root, "articles", `${slug}.mdx`))) {
          problems.push(`steps[${i}].articles[${j}]: no article "${slug}" in ${displayPath(join(root, "articles"))}`);
        }
      });
    });
    for (const d of questionnaire.dimensions) {
      for (let from = FIRST_STAGE; from < LAST_STAGE; from += 1) {
        if (!seen.has(`${d.id} ${from}→${from + 1}`))
          problems.push(`steps: no step for ${d.id} from stage ${from} to ${from + 1}`);
      }
    }
    if (problems.length > 0) throw new ContentError(file, problems);
    return set;
  },
  (q: StagesQuestionnaire, root?: string) => `${q.id}@${q.version}\u0000${String(root)}`,
);

/**
 * The plan steps in a language: the same step for every area and transition, with the same
 * articles and sources, so a result gets the same plan in any language; only the words differ.
 */
export const loadStepsIn = cachedInBuild(
  function loadStepsIn(
    locale: Locale,
    questionnaire: StagesQuestionnaire,
    root: string = contentDir(),
  ): TransitionStepSet {
    const path = join(root, "recommendations", `${questionnaire.id}-steps.yaml`);
    return translate(STEPS, loadSteps(questionnaire, root), path, locale, root);
  },
  (locale: Locale, q: StagesQuestionnaire, root?: string) => `${locale}\u0000${q.id}@${q.version}\u0000${String(root)}`,
);
