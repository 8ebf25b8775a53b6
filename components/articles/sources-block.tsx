import type { Source } from "@/lib/articles/schema";

/** Who the ideas come from. Links open the original where the address is known. */
export function SourcesBlock({ sources }: { sources: Source[] }) {
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={`${s.author}-${s.work}`}>
            {s.author},{" "}
            {s.url ? (
              <a href={s.url} rel="noopener noreferrer">
                {s.work}
              </a>
            ) : (
              <cite>{s.work}</cite>
            )}
            , {s.publication}.
          </li>
        ))}
      </ul>
    </section>
  );
}
