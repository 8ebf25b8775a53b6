import { SiteLink } from "@/components/shared/site-link";
import type { Citer } from "@/lib/sources/citations";
import type { Source } from "@/lib/sources/schema";
import { SourceEntry } from "./source-entry";

type Props = { entries: { source: Source; citers: Citer[] }[] };

/** The whole bibliography, in content/sources.yaml's order, each source with what cites it. */
export function SourceList({ entries }: Props) {
  return (
    <article className="article">
      <header className="article-header">
        <h1>Sources</h1>
        <p className="lead">
          Every work the articles, the blunders recommendations and the journey plan draw on, named once, with what
          cites it. Where a page gives no date, the entry says n.d. (no date); where an original could not be found, the
          entry is the page that quoted it, and says so.
        </p>
      </header>
      <ol className="source-list">
        {entries.map(({ source, citers }) => (
          <li key={source.id} id={source.id}>
            <p>
              <SourceEntry source={source} />
            </p>
            <p className="muted">Cited by:</p>
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
