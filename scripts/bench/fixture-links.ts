import { encodeFragment } from "../../lib/link/fragment";
import { optionCount, type Answers } from "../../lib/questionnaire/answers";
import type { Catalogue } from "../../lib/questionnaire/catalogue";
import type { Questionnaire } from "../../lib/questionnaire/schema";
import { encodeTeamFragment } from "../../lib/team-input/team-link";

/** mulberry32: a tiny seeded generator, so every run measures exactly the same links. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mostly real options, with the odd "Don't know" and skipped question real leaders leave. */
function randomAnswers(questionnaire: Questionnaire, random: () => number): Answers {
  const answers: Answers = {};
  for (const question of questionnaire.questions) {
    const roll = random();
    if (roll < 0.05) continue;
    answers[question.id] =
      roll < 0.15
        ? { kind: "dont-know" }
        : { kind: "option", index: Math.floor(random() * optionCount(questionnaire, question)) };
  }
  return answers;
}

/** `count` result fragments (without "#"), each holding every current questionnaire. */
export function fixtureFragments(
  current: readonly Questionnaire[],
  catalogue: Catalogue,
  count: number,
  seed = 6,
): string[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) =>
    encodeFragment(
      {
        assessments: current.map((q) => ({
          questionnaireId: q.id,
          version: q.version,
          answers: randomAnswers(q, random),
        })),
        label: `Leader ${i + 1}`,
        org: "Example Ltd",
      },
      catalogue,
    ),
  );
}

/** The team view's own link for these results, as a consultant would share it. */
export function teamFragment(fragments: readonly string[]): string {
  return encodeTeamFragment([...fragments]);
}
