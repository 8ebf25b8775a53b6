import { SiteLink } from "@/components/shared/site-link";
import type { Citer } from "@/lib/sources/citations";
import type { Source } from "@/lib/sources/schema";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import { SourceEntry } from "./source-entry";

type Props = { messages: ArticlesMessages; entries: { source: Source; citers: Citer[] }[] };

/** The whole bibliography, in content/sources.yaml's order, each source with what cites it. */
export function SourceList({ messages, entries }: Props) {
  return (
    <article className="article">
      <header className="article-header">
        <h1>{messages.sources}</h1>
        <p className="lead">{messages.sourcesPage.lead}</p>
      </header>
      <ol className="source-list">
        {entries.map(({ source, citers }) => (
          <li key={source.id} id={source.id}>
            <p>
              <SourceEntry source={source} />
            </p>
            <p className="muted">{messages.sourcesPage.citedBy}</p>
            <ul className="cited-by">
              {citers.map((c) => (
                <li key={`${c.file}#${c.field}`}>{c.href ? <SiteLink href={c.href}>{c.label}</SiteLink> : c.label}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
