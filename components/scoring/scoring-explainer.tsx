import type { Questionnaire } from "@/lib/questionnaire/schema";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { AreaStages } from "@/lib/report/area-stages-schema";
import { Changelog } from "./changelog";
import { AreaStageGrid } from "./area-stage-grid";
import { HowSure } from "./how-sure";
import { TeamRules } from "./team-rules";
import { scoringRules } from "@/lib/report/scoring-rules";

/** The scoring rules in plain words. The numbers come from the code that applies them. */
export function ScoringExplainer({
  model,
  areaStages,
  questionnaires,
}: {
  model: StageModel;
  areaStages: AreaStages;
  questionnaires: readonly Questionnaire[];
}) {
  const journey = questionnaires.find((q) => q.kind === "stages");
  const rules = scoringRules();
  return (
    <article className="prose">
      <h1>How scoring works</h1>
      <p className="lead">
        Everything here happens in your browser. The rules are simple on purpose, so that you can check any result by
        hand.
      </p>

      <h2>The journey: six stages</h2>
      <p>{model.credit}</p>
      <ol>
        {model.stages.map((s) => (
          <li key={s.stage}>
            <strong>{s.name}.</strong> {s.summary}
          </li>
        ))}
      </ol>
      <p>
        Each question describes something you can observe, such as who resolves a complaint that crosses two
        departments. Each answer option describes what that looks like at one stage, so your answer is evidence of a
        stage.
      </p>

      <h2>From answers to a stage</h2>
      <ul>
        <li>
          <strong>An area&apos;s score</strong> is the average stage of its answered questions. With answers at stages
          2, 3, 3 and 4, the score is (2 + 3 + 3 + 4) ÷ 4 = 3.0.
        </li>
        <li>
          <strong>&ldquo;Don&apos;t know&rdquo;</strong> is left out of the average. It is an honest answer, not a zero.
          If you don&apos;t know, that is itself worth finding out.
        </li>
        <li>
          <strong>Not enough answers:</strong> an area needs at least half its questions answered with a real option.
          Below that, it is shown as &ldquo;not enough answers&rdquo; rather than as a number that would mislead.
        </li>
        <li>
          <strong>The overall stage</strong> is the average of the scored areas, rounded to the nearest stage. An exact
          half rounds down: 3.5 is stage 3, and 3.6 is stage 4. We round down at the half because a stage only counts
          once most of the evidence shows it. At least half the areas must be scored to give an overall stage.
        </li>
        <li>
          <strong>The next step</strong> is the stage after yours. The recommendations target your weakest areas, since
          a journey is held back by its slowest part: your three priorities and your plan both go weakest first,{" "}
          {rules.order}.
        </li>
        <li>
          <strong>What matters to you</strong> can change that order. Beside each area&apos;s target the report lets you
          mark it &ldquo;{rules.importance.levels.join("”, “").toLowerCase()}&rdquo;, or leave it unmarked. Once one
          area is marked, the priorities and the plan go {rules.importance.order}; with none marked, nothing changes. A
          chart then places each marked area in one of four quadrants (
          {rules.importance.quadrants.join(", ").toLowerCase()}): {rules.importance.placed}.
        </li>
      </ul>

      {journey && <AreaStageGrid areaStages={areaStages} journey={journey} />}
      <HowSure rules={rules} />

      <h2>The five blunders</h2>
      <p>
        The blunders check uses Paul Levesque&apos;s five customer-service blunders from{" "}
        <em>Customer Service From The Inside Out Made Easy</em>. You rate statements from &ldquo;strongly
        disagree&rdquo; to &ldquo;strongly agree&rdquo;. Some statements describe the blunder and others describe its
        better alternative, so agreeing with everything does not score well.
      </p>
      <ul>
        <li>
          <strong>Each answer</strong> scores 0 to 100 for how far it shows the blunder avoided. On a statement that
          describes the blunder, &ldquo;strongly disagree&rdquo; scores 100, &ldquo;disagree&rdquo; 75, the middle 50,
          &ldquo;agree&rdquo; 25 and &ldquo;strongly agree&rdquo; 0. On a statement that describes the alternative, the
          scale runs the other way.
        </li>
        <li>
          <strong>A blunder&apos;s avoidance score</strong> is the average of its answers, rounded to a whole number.
          The same &ldquo;don&apos;t know&rdquo; and &ldquo;at least half answered&rdquo; rules apply.
        </li>
        <li>
          <strong>Risk bands:</strong>{" "}
          {rules.bands.map((b, i) => (
            <span key={b.band}>
              {i > 0 && (i === rules.bands.length - 1 ? ", and " : ", ")}
              {b.range} is <em>{b.label.toLowerCase()}</em>
            </span>
          ))}
          .
        </li>
        <li>
          <strong>The overall score</strong> is the average of the blunders&apos; scores, rounded, with the same bands:
          the report shows the overall with its own band, and says apart from it how many blunders are at high risk,
          naming each one.
        </li>
      </ul>

      <TeamRules />

      <h2>Limits</h2>
      <ul>
        <li>
          A self-assessment measures what one person sees. Ask several leaders and compare: where they disagree is a
          finding in itself.
        </li>
        <li>
          The stages describe structure and accountability. A high stage does not prove customers are happy; it shows
          the organisation is set up to make them so.
        </li>
        <li>Averages hide spread. Read the table of areas and the individual answers, not only the headline.</li>
        <li>
          The questions are our own wording of the published models, and the thresholds are our choice. They are open
          for you to inspect.
        </li>
      </ul>

      <Changelog questionnaires={questionnaires} />
    </article>
  );
}
