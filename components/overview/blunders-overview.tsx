import type { ReactNode } from "react";
import type { Tag } from "@/lib/articles/taxonomy";
import type { AgreementQuestionnaire } from "@/lib/questionnaire/schema";
import { summarise } from "@/lib/questionnaire/summary";
import { StartAssessment } from "./start-assessment";
import { TaggedArticles, type ArticleLink } from "./tagged-articles";

type Props = {
  /** Shown under the first call to action: the returning leader's own results. */
  latest?: ReactNode;
  blunders: AgreementQuestionnaire;
  library: ArticleLink[];
  tags: Tag[];
};

export function BlundersOverview({ latest, blunders, library, tags }: Props) {
  return (
    <article className="overview">
      <h1>The five service blunders</h1>
      <p className="lead">
        Five habits that well-meaning organisations fall into when service disappoints. Each feels like the responsible
        thing to do, and each has a better alternative.
      </p>
      <p className="overview-credit">
        The blunders and their &ldquo;flashpoint&rdquo; alternatives come from Paul Levesque&apos;s book{" "}
        <cite>Customer Service From The Inside Out Made Easy</cite>. The descriptions here are in our own words.
      </p>
      <StartAssessment assessment={summarise(blunders)} label="Take the blunders check" />
      {latest}

      <ol className="overview-blunders">
        {blunders.dimensions.map((d) => {
          const tag = tags.find((t) => t.id === d.id);
          return (
            <li key={d.id}>
              <h2>{d.name}</h2>
              <div className="comparison">
                <div className="comparison-side comparison-blunder">
                  <h3 className="callout-title">What it looks like</h3>
                  <p>{d.description}</p>
                </div>
                <div className="comparison-side comparison-alternative">
                  <h3 className="callout-title">The flashpoint alternative</h3>
                  <p>{d.alternative}</p>
                </div>
              </div>
              {tag && <TaggedArticles tag={tag} library={library} />}
            </li>
          );
        })}
      </ol>

      <h2>One competence, not five fixes</h2>
      <p>
        Avoiding the blunders is not a job for the service department alone. Levesque treats customer focus as a
        competence of the whole organisation, in which leadership, processes and people all point the same way. A
        blunder in one of them tends to undo good work in the others.
      </p>
      <StartAssessment assessment={summarise(blunders)} label="Check your organisation for the blunders" />
    </article>
  );
}
