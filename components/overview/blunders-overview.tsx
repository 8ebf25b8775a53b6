import type { ReactNode } from "react";
import type { Tag } from "@/lib/articles/taxonomy";
import type { AgreementQuestionnaire } from "@/lib/questionnaire/schema";
import { summarise } from "@/lib/questionnaire/summary";
import { around } from "@/lib/i18n/around";
import { StartAssessment, type OverviewLanguage } from "./start-assessment";
import { TaggedArticles, type ArticleLink } from "./tagged-articles";

type Props = {
  /** Shown under the first call to action: the returning leader's own results. */
  latest?: ReactNode;
  blunders: AgreementQuestionnaire;
  library: ArticleLink[];
  tags: Tag[];
  language: OverviewLanguage;
};

export function BlundersOverview({ latest, blunders, library, tags, language }: Props) {
  const m = language.messages.overview.blunders;
  const [creditBefore, creditAfter] = around(m.credit, "book");
  return (
    <article className="overview">
      <h1>{m.title}</h1>
      <p className="lead">{m.lead}</p>
      <p className="overview-credit">
        {creditBefore}
        {/* The book's own title, in every language. */}
        <cite lang="en">Customer Service From The Inside Out Made Easy</cite>
        {creditAfter}
      </p>
      <StartAssessment assessment={summarise(blunders)} label={m.start} language={language} />
      {latest}

      <ol className="overview-blunders">
        {blunders.dimensions.map((d) => {
          const tag = tags.find((t) => t.id === d.id);
          return (
            <li key={d.id}>
              <h2>{d.name}</h2>
              <div className="comparison">
                <div className="comparison-side comparison-blunder">
                  <h3 className="callout-title">{m.looksLike}</h3>
                  <p>{d.description}</p>
                </div>
                <div className="comparison-side comparison-alternative">
                  <h3 className="callout-title">{m.alternative}</h3>
                  <p>{d.alternative}</p>
                </div>
              </div>
              {tag && <TaggedArticles tag={tag} library={library} language={language} />}
            </li>
          );
        })}
      </ol>

      <h2>{m.competenceTitle}</h2>
      <p>{m.competence}</p>
      <StartAssessment assessment={summarise(blunders)} label={m.checkAgain} language={language} />
    </article>
  );
}
