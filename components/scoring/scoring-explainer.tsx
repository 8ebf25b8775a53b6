import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { AreaStages } from "@/lib/report/area-stages-schema";
import { scoringRules, type ScoringWords } from "@/lib/report/scoring-rules";
import { withLinks } from "@/components/shared/with-links";
import { Changelog } from "./changelog";
import { AreaStageGrid } from "./area-stage-grid";
import { HowSure } from "./how-sure";
import { Item } from "./rich";
import { TeamRules } from "./team-rules";

/** The scoring rules in plain words, in the page's language. The numbers come from the code that applies them. */
export function ScoringExplainer({
  model,
  areaStages,
  questionnaires,
  words,
}: {
  model: StageModel;
  areaStages: AreaStages;
  questionnaires: readonly Questionnaire[];
  words: ScoringWords;
}) {
  const journey = questionnaires.find((q) => q.kind === "stages");
  const rules = scoringRules(words);
  const m = words.messages.scoring;
  const { answers: a, blunders: b } = m;
  return (
    <article className="prose">
      <h1>{m.title}</h1>
      <p className="lead">{m.lead}</p>

      <h2>{m.journey.heading}</h2>
      <p>{model.credit}</p>
      <ol>
        {model.stages.map((s) => (
          <li key={s.stage}>
            <strong>{s.name}.</strong> {s.summary}
          </li>
        ))}
      </ol>
      <p>{m.journey.evidence}</p>

      <h2>{a.heading}</h2>
      <ul>
        <Item words={a.areaScore} />
        <Item words={a.dontKnow} />
        <Item words={a.notEnough} />
        <Item words={a.overall} />
        <Item words={a.next} values={{ order: rules.order }} />
        <Item
          words={a.matters}
          values={{
            levels: rules.importance.levels.join(a.levelsJoin),
            order: rules.importance.order,
            quadrants: rules.importance.quadrants.join(", "),
            placed: rules.importance.placed,
          }}
        />
      </ul>

      {journey && <AreaStageGrid areaStages={areaStages} journey={journey} messages={m.areas} />}
      <HowSure rules={rules} messages={m.sure} />

      <h2>{b.heading}</h2>
      <p>{withLinks(b.intro, { book: <em>{b.book}</em> })}</p>
      <ul>
        <Item words={b.answer} />
        <Item words={b.avoidance} />
        <li>
          <strong>{b.bands.term}</strong>{" "}
          {rules.bands.map((band, i) => (
            <span key={band.band}>
              {i > 0 && (i === rules.bands.length - 1 ? b.bands.last : b.bands.join)}
              {withLinks(b.bands.band, { range: band.range, label: <em>{b.bandsInSentence[band.band]}</em> })}
            </span>
          ))}
          .
        </li>
        <Item words={b.overall} />
      </ul>

      <TeamRules words={words} />

      <h2>{m.limits.heading}</h2>
      <ul>
        {m.limits.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>

      <Changelog questionnaires={questionnaires} words={words} />
    </article>
  );
}
