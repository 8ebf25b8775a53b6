import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { loadCurrentQuestionnaires } from "@/lib/content/assessments/load-questionnaires";
import { loadPageMetadata } from "@/lib/content/load-page-metadata";
import { Island } from "@/components/islands/island";
import { flowProps } from "@/lib/questionnaire/for-browser";
import { messagesFor } from "@/lib/i18n/messages";

type Params = { params: Promise<{ id: string }> };

export const dynamicParams = false;

export function generateStaticParams() {
  return loadCurrentQuestionnaires().map((q) => ({ id: q.id }));
}

function find(id: string) {
  return loadCurrentQuestionnaires().find((q) => q.id === id);
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const questionnaire = find((await params).id);
  return questionnaire
    ? loadPageMetadata({
        title: questionnaire.title,
        description: questionnaire.summary,
        path: `/assess/${questionnaire.id}/`,
      })
    : {};
}

export default async function AssessPage({ params }: Params) {
  const props = flowProps(loadCurrentQuestionnaires(), (await params).id);
  if (!props) notFound();
  const { flow, estimate, latest } = messagesFor("en");
  return (
    <>
      <h1 className="assess-title">{props.questionnaire.title}</h1>
      <Island name="flow" props={{ ...props, locale: "en", messages: { flow, estimate, latest } }} />
    </>
  );
}
