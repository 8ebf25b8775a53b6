import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Island } from "@/components/islands/island";
import { loadCurrentQuestionnairesIn } from "@/lib/content/i18n/load-translations";
import { loadPageMetadataIn } from "@/lib/content/load-page-metadata";
import type { Locale } from "@/lib/i18n/locales";
import { flowProps } from "@/lib/questionnaire/for-browser";
import { messagesFor } from "@/lib/i18n/messages";
import { Frame } from "./frame";

/** One page per questionnaire people can take today. */
export const assessParams = () => loadCurrentQuestionnairesIn("en").map((q) => ({ id: q.id }));

export function assessMetadata(locale: Locale, id: string): Metadata {
  const questionnaire = loadCurrentQuestionnairesIn(locale).find((q) => q.id === id);
  return questionnaire
    ? loadPageMetadataIn(locale, {
        title: questionnaire.title,
        description: questionnaire.summary,
        path: `/assess/${questionnaire.id}/`,
      })
    : {};
}

export function AssessPage({ locale, id }: { locale: Locale; id: string }) {
  const props = flowProps(loadCurrentQuestionnairesIn(locale), id);
  if (!props) notFound();
  const { flow, estimate, latest } = messagesFor(locale);
  return (
    <Frame locale={locale} path={`/assess/${id}/`}>
      <h1 className="assess-title">{props.questionnaire.title}</h1>
      <Island name="flow" props={{ ...props, locale, messages: { flow, estimate, latest } }} />
    </Frame>
  );
}
