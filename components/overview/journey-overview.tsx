import type { ReactNode } from "react";
import type { Tag } from "@/lib/articles/taxonomy";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { summarise } from "@/lib/questionnaire/summary";
import { fill, formatCountIn } from "@/lib/i18n/format";
import { StartAssessment, type OverviewLanguage } from "./start-assessment";
import { TaggedArticles, type ArticleLink } from "./tagged-articles";

type Props = {
  /** Shown under the first call to action: the returning leader's own results. */
  latest?: ReactNode;
  model: StageModel;
  journey: Questionnaire;
  library: ArticleLink[];
  tags: Tag[];
  language: OverviewLanguage;
};

/** The article tag for the model itself, from content/topics.yaml. */
const STAGES_TAG = "six-stages";

export function JourneyOverview({ latest, model, journey, library, tags, language }: Props) {
  const m = language.messages.overview.journey;
  const count = (n: number) => formatCountIn(language.locale, n);
  const tagFor = (id: string) => tags.find((t) => t.id === id);
  const stagesTag = tagFor(STAGES_TAG);
  return (
    <article className="overview">
      <h1>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <p className="overview-credit">{model.credit}</p>
      <StartAssessment assessment={summarise(journey)} label={m.start} language={language} />
      {latest}

      <h2>{m.stagesTitle}</h2>
      <ol className="overview-stages">
        {model.stages.map((s) => (
          <li key={s.stage}>
            <h3>
              <span className="overview-stage-number">{fill(m.stage, { n: count(s.stage) })}</span> {s.name}
            </h3>
            <p>{s.summary}</p>
          </li>
        ))}
      </ol>

      <h2>{m.teachesTitle}</h2>
      <ul>
        {Object.entries(m.teaches).map(([key, text]) => (
          <li key={key}>{text}</li>
        ))}
      </ul>
      {stagesTag && <TaggedArticles tag={stagesTag} library={library} language={language} />}

      <h2>{fill(m.areasTitle, { n: count(journey.dimensions.length) })}</h2>
      <p>{m.areasLead}</p>
      {journey.dimensions.map((d) => {
        const tag = tagFor(d.id);
        return (
          <section key={d.id} aria-labelledby={`area-${d.id}`} className="overview-area">
            <h3 id={`area-${d.id}`}>{d.name}</h3>
            <p>{d.description}</p>
            {tag && <TaggedArticles tag={tag} library={library} language={language} />}
          </section>
        );
      })}
      <StartAssessment assessment={summarise(journey)} label={m.findStage} language={language} />
    </article>
  );
}
