import { z } from "../zod";
import { IdSchema } from "../questionnaire/ids";
import { TextSchema } from "../questionnaire/text";
import type { Questionnaire } from "../questionnaire/schema";

export const TopicsSchema = z.strictObject({
  topics: z.array(z.strictObject({ id: IdSchema, name: TextSchema })).min(1),
});

export type Tag = { id: string; name: string; kind: "dimension" | "topic" };

/** The fixed tag vocabulary: every dimension of every current questionnaire, plus the topics. */
export function tagVocabulary(questionnaires: Questionnaire[], topics: z.infer<typeof TopicsSchema>): Tag[] {
  const tags = new Map<string, Tag>();
  for (const q of questionnaires)
    for (const d of q.dimensions) tags.set(d.id, { id: d.id, name: d.name, kind: "dimension" });
  for (const t of topics.topics) tags.set(t.id, { ...t, kind: "topic" });
  return [...tags.values()];
}

/** Tags that at least one article carries, in vocabulary order: each has a page of its own. */
export function usedTags(tags: Tag[], articles: { frontmatter: { tags: string[] } }[]): Tag[] {
  const used = new Set(articles.flatMap((a) => a.frontmatter.tags));
  return tags.filter((t) => used.has(t.id));
}

/** Tag ids as readers see them: their names, or the id itself if the vocabulary lacks it. */
export function tagNames(ids: string[], tags: Tag[]): string[] {
  return ids.map((id) => tags.find((t) => t.id === id)?.name ?? id);
}

/** How many articles the library has, and how many carry each tag: the counts beside the tag filters. */
export function tagCounts(articles: { frontmatter: { tags: string[] } }[]): {
  total: number;
  byTag: Record<string, number>;
} {
  const byTag: Record<string, number> = {};
  for (const a of articles) for (const t of a.frontmatter.tags) byTag[t] = (byTag[t] ?? 0) + 1;
  return { total: articles.length, byTag };
}
