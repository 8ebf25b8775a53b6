import { SiteLink } from "@/components/shared/site-link";
import type { Source } from "@/lib/sources/schema";
import { SourceEntry } from "./source-entry";

/** The works an article draws on, each as the bibliography at /sources/ names it. */
export function SourcesBlock({ sources }: { sources: Source[] }) {
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">Sources</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceEntry source={s} />
          </li>
        ))}
      </ul>
      <p className="muted">
        Every source the library cites, and what cites it, is listed in <SiteLink href="/sources/">Sources</SiteLink>.
      </p>
    </section>
  );
}
