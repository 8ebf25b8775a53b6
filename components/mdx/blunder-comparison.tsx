import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";

/** A blunder beside its "flashpoint" alternative (Paul Levesque's term), named in the article's language. */
export function BlunderComparison({
  blunder,
  alternative,
  words,
}: {
  blunder?: string;
  alternative?: string;
  words: ArticlesMessages["mdx"]["comparison"];
}) {
  return (
    <div className="comparison" role="group" aria-label={words.label}>
      <div className="comparison-side comparison-blunder">
        <p className="callout-title">{words.blunder}</p>
        <p>{blunder}</p>
      </div>
      <div className="comparison-side comparison-alternative">
        <p className="callout-title">{words.alternative}</p>
        <p>{alternative}</p>
      </div>
    </div>
  );
}
