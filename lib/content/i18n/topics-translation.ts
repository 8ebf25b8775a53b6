import { z } from "../../zod";
import { TopicsSchema } from "../../articles/taxonomy";
import { textKind, TranslationSourceSchema } from "./read-translation";

export type Topics = z.infer<typeof TopicsSchema>;

/** content/i18n/<lang>/topics.yaml: the article topics' names in another language. */
export const TopicsTranslationSchema = z.strictObject({
  /** Names content/topics.yaml. */
  source: TranslationSourceSchema,
  /** By topic id, every topic of the English: its name as a tag. */
  topics: z.record(z.string(), TopicsSchema.shape.topics.element.shape.name),
});

export type TopicsTranslation = z.infer<typeof TopicsTranslationSchema>;

export const TOPICS = textKind<Topics, TopicsTranslation>({
  schema: TopicsTranslationSchema,
  texts: (topics) => ({ topics: Object.fromEntries(topics.topics.map((t) => [t.id, t.name])) }),
  localize: (topics, t) => ({
    ...topics,
    topics: topics.topics.map((topic) => ({ ...topic, name: t.topics[topic.id] ?? topic.name })),
  }),
});
