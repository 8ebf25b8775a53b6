import { SiteLink } from "@/components/shared/site-link";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { withLinks } from "@/components/shared/with-links";
import type { Locale } from "@/lib/i18n/locales";
import type { ArticlesMessages } from "@/lib/i18n/messages/en/articles";
import { localePath } from "@/lib/i18n/paths";

type Props = { locale: Locale; messages: ArticlesMessages; areas: string[]; questionnaires: Questionnaire[] };

/** Which assessment areas the article helps with, linking to the assessment itself. */
export function SupportedAreas({ locale, messages, areas, questionnaires }: Props) {
  const resolved = areas.flatMap((area) => {
    const [qid, did] = area.split(":");
    const q = questionnaires.find((x) => x.id === qid);
    const d = q?.dimensions.find((x) => x.id === did);
    return q && d ? [{ q, d }] : [];
  });
  if (resolved.length === 0) return null;
  return (
    <aside className="card supported-areas" aria-labelledby="areas-title">
      <h2 id="areas-title">{messages.whereShowsUp}</h2>
      <ul>
        {resolved.map(({ q, d }) => (
          <li key={`${q.id}:${d.id}`}>
            {withLinks(messages.areaIn, {
              area: <strong>{d.name}</strong>,
              assessment: <SiteLink href={localePath(locale, `/assess/${q.id}/`)}>{q.title}</SiteLink>,
            })}
          </li>
        ))}
      </ul>
    </aside>
  );
}
