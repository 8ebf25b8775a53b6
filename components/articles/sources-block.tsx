import { SiteLink } from "@/components/shared/site-link";
import type { Source } from "@/lib/sources/schema";
import { SourceEntry } from "./source-entry";
import { withLinks } from "@/components/shared/with-links";
import type { Locale } from "@/lib/i18n/locales";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import { localePath } from "@/lib/i18n/paths";

type Props = { locale: Locale; messages: ArticlesMessages; sources: Source[] };

/** The works an article draws on, each as the bibliography at /sources/ names it. */
export function SourcesBlock({ locale, messages, sources }: Props) {
  return (
    <section className="sources" aria-labelledby="sources-title">
      <h2 id="sources-title">{messages.sources}</h2>
      <ul>
        {sources.map((s) => (
          <li key={s.id} id={`source-${s.id}`}>
            <SourceEntry source={s} />
          </li>
        ))}
      </ul>
      <p className="muted">
        {withLinks(messages.sourcesNote, {
          sources: <SiteLink href={localePath(locale, "/sources/")}>{messages.sources}</SiteLink>,
        })}
      </p>
    </section>
  );
}
