import type { ReactNode } from "react";
import type { Tag } from "@/lib/articles/taxonomy";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { summarise } from "@/lib/questionnaire/summary";
import { StartAssessment } from "./start-assessment";
import { TaggedArticles, type ArticleLink } from "./tagged-articles";

type Props = {
  /** Shown under the first call to action: the returning leader's own results. */
  latest?: ReactNode;
  model: StageModel;
  journey: Questionnaire;
  library: ArticleLink[];
  tags: Tag[];
};

/** The article tag for the model itself, from content/topics.yaml. */
const STAGES_TAG = "six-stages";

export function JourneyOverview({ latest, model, journey, library, tags }: Props) {
  const tagFor = (id: string) => tags.find((t) => t.id === id);
  const stagesTag = tagFor(STAGES_TAG);
  return (
    <article className="overview">
      <h1>The journey from product-centric to customer-centric</h1>
      <p className="lead">
        Organisations rarely jump from product silos to being run around their customers. They pass through six stages,
        and each one puts a more formal arrangement around the people who deliver for a customer.
      </p>
      <p className="overview-credit">{model.credit}</p>
      <StartAssessment assessment={summarise(journey)} label="Take the journey assessment" />
      {latest}

      <h2>The six stages</h2>
      <ol className="overview-stages">
        {model.stages.map((s) => (
          <li key={s.stage}>
            <h3>
              <span className="overview-stage-number">Stage {s.stage}</span> {s.name}
            </h3>
            <p>{s.summary}</p>
          </li>
        ))}
      </ol>

      <h2>What the model teaches</h2>
      <ul>
        <li>Keep the promise you make to customers in view: every stage exists to deliver it together.</li>
        <li>Where people do not cooperate by habit, a named person with formal responsibility can make them.</li>
        <li>Accountability for the customer is what lets an organisation move from one stage to the next.</li>
        <li>Knowing your current stage and the next one is more useful than fixing your eyes on the last.</li>
      </ul>
      {stagesTag && <TaggedArticles tag={stagesTag} library={library} />}

      <h2>The {journey.dimensions.length} areas the assessment looks at</h2>
      <p>
        The assessment places each area on the six stages separately, because organisations move unevenly: structure may
        be at stage 4 while measurement is still at stage 2.
      </p>
      {journey.dimensions.map((d) => {
        const tag = tagFor(d.id);
        return (
          <section key={d.id} aria-labelledby={`area-${d.id}`} className="overview-area">
            <h3 id={`area-${d.id}`}>{d.name}</h3>
            <p>{d.description}</p>
            {tag && <TaggedArticles tag={tag} library={library} />}
          </section>
        );
      })}
      <StartAssessment assessment={summarise(journey)} label="Find your stage" />
    </article>
  );
}
