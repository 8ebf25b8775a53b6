import { z } from "../../zod";
import { SourceSchema, type Bibliography } from "../../sources/schema";
import { textKind, TranslationSourceSchema } from "./read-translation";

/**
 * content/i18n/<lang>/sources.yaml: the bibliography's notes in another language. Titles,
 * authors, publications, years and addresses stay as published, so they are never translated.
 */
export const SourcesTranslationSchema = z.strictObject({
  /** Names sources.yaml. */
  source: TranslationSourceSchema,
  /** By source id: every source that has a note in the English, and no other. */
  sources: z.record(
    z.string(),
    z.strictObject({
      /** How the work reaches us: whom it quotes, or where a lost original was quoted. */
      note: SourceSchema.shape.note,
    }),
  ),
});

export type SourcesTranslation = z.infer<typeof SourcesTranslationSchema>;

export const SOURCES = textKind<Bibliography, SourcesTranslation>({
  schema: SourcesTranslationSchema,
  // A source without a note has nothing to translate: its entry may be left out.
  texts: (bibliography) => ({
    sources: Object.fromEntries(bibliography.sources.map((s) => [s.id, { note: s.note }])),
  }),
  localize: (bibliography, t) => ({
    ...bibliography,
    sources: bibliography.sources.map((s) =>
      s.note === undefined ? s : { ...s, note: t.sources[s.id]?.note ?? s.note },
    ),
  }),
});
