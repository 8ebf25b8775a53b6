import { withBasePath } from "@/components/shared/base-path";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import type { Locale } from "@/lib/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { journeyOf } from "@/lib/questionnaire/catalogue";

// Plain links: Next puts this page in every page's payload, so a next/link here would load
// its code on every page that runs scripts.
export function NotFoundBody({ locale }: { locale: Locale }) {
  const journey = journeyOf(loadCurrentQuestionnairesIn(locale));
  const { notFound } = messagesFor(locale).chrome;
  return (
    <div className="prose">
      <h1>{notFound.title}</h1>
      <p className="lead">{notFound.lead}</p>
      <div className="button-row">
        <a className="button" href={withBasePath(localePath(locale, "/"))}>
          {notFound.home}
        </a>
        {journey && (
          <a className="button button-secondary" href={withBasePath(localePath(locale, `/assess/${journey.id}/`))}>
            {notFound.journey}
          </a>
        )}
      </div>
    </div>
  );
}
