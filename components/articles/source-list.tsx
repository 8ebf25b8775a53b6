import { SiteLink } from "@/components/shared/site-link";
import type { Citer } from "@/lib/sources/citations";
import type { Source } from "@/lib/sources/schema";
import { languageTag } from "@/lib/i18n/format";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import { SourceEntry } from "./source-entry";

type Props = {
  messages: ArticlesMessages;
  /** Marks an article shown in English on a translated page, as the library does: "in English". */
  inEnglish: string;
  entries: { source: Source; citers: Citer[] }[];
};

/** One thing that cites the source; an article not translated yet in its English words, marked. */
function CiterItem({ citer: c, inEnglish }: { citer: Citer; inEnglish: string }) {
  const lang = c.inEnglish ? languageTag("en") : undefined;
  const label = c.href ? (
    <SiteLink href={c.href} lang={lang} hrefLang={lang}>
      {c.label}
    </SiteLink>
  ) : lang ? (
    <span lang={lang}>{c.label}</span>
  ) : (
    c.label
  );
  return (
    <li>
      {label}
      {c.inEnglish && <span className="article-language"> ({inEnglish})</span>}
    </li>
  );
}

/** The whole bibliography, in content/sources.yaml's order, each source with what cites it. */
export function SourceList({ messages, inEnglish, entries }: Props) {
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
                <CiterItem key={`${c.file}#${c.field}`} citer={c} inEnglish={inEnglish} />
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </article>
  );
}
