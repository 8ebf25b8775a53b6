import type { SharedResult } from "@/lib/link/result-schema";
import { compareResults } from "@/lib/compare/compare";
import { encodeFragment } from "@/lib/link/fragment";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import type { AgreementQuestionnaire, StagesQuestionnaire } from "@/lib/questionnaire/schema";
import type { StageModel } from "@/lib/questionnaire/stage-model";
import type { QuestionnaireSummary } from "@/lib/questionnaire/summary";
import type { RecommendationSet } from "@/lib/recommendations/schema";
import type { TransitionStepSet } from "@/lib/recommendations/steps-schema";
import type { Combined } from "@/lib/results/combined-schema";
import { evaluate } from "@/lib/results/evaluate";
import { buildPlan } from "@/lib/results/plan";
import { blunderPriorities, journeyPriorities } from "@/lib/results/priorities";
import { relate, relationSentence } from "@/lib/results/relation";
import { changedTargets, resolveTargets } from "@/lib/results/targets";
import { today } from "@/lib/results/today";
import type { AgreementScore } from "@/lib/scoring/agreement";
import type { Stage, StagesScore } from "@/lib/scoring/stages";
import { formatDate } from "@/lib/shared/dates";
import { replaceLocationHash } from "@/components/shared/use-location-hash";
import { usePrinting } from "@/components/shared/use-printing";
import { BlundersDetail } from "./blunders-detail";
import { CombinedView } from "./combined-view";
import { JourneyDetail } from "./journey-detail";
import { OtherAssessments } from "./other-assessments";
import { PlanSection } from "./plan-section";
import { PrintLink } from "./print-link";
import { ReportActions } from "./report-actions";
import { RetakeLinks } from "./retake-links";
import { SinceLastTime } from "./since-last-time";
import { ReportSection, useSections } from "@/components/shared/report-section";
import { ShareBox } from "./share-box";
import { Summary } from "./summary";
import { BenchmarkCompare } from "./benchmark-compare";
import { compareWithBenchmark } from "@/lib/benchmarks/compare";
import type { Benchmark } from "@/lib/benchmarks/schema";
import { countOf } from "@/lib/shared/plural";

/** Content the report needs besides the result itself, prepared at build time. */
export type ReportContent = {
  /** Recommendations per blunder and risk band. */
  recommendations: RecommendationSet[];
  /** The plan's step for each journey area and stage transition. */
  steps: TransitionStepSet[];
  model: StageModel;
  combined: Combined;
  articleTitles: Record<string, string>;
  current: QuestionnaireSummary[];
  /** A consultant's own benchmarks (content/benchmarks/); the default site has none. */
  benchmarks?: Benchmark[];
};

type Journey = {
  questionnaire: StagesQuestionnaire;
  answers: SharedResult["assessments"][number]["answers"];
  score: StagesScore;
};
type Blunders = { questionnaire: AgreementQuestionnaire; answers: Journey["answers"]; score: AgreementScore };

/**
 * A result as a report: the summary first, then the plan and the details in sections a
 * reader opens when they want them. Everything is derived from the link, targets included,
 * so what is on screen is always what the link would show someone else.
 */
export function Report({
  result,
  catalogue,
  content,
}: {
  result: SharedResult;
  catalogue: Catalogue;
  content: ReportContent;
}) {
  const printing = usePrinting();
  const sections = useSections(printing, ["since"]);
  const evaluated = evaluate(result, catalogue);
  const comparisons = (content.benchmarks ?? []).flatMap((b) => {
    const c = compareWithBenchmark(
      b,
      evaluated.map((e) => ({ questionnaireId: e.questionnaire.id, version: e.questionnaire.version, score: e.score })),
    );
    return c ? [c] : [];
  });
  let journey: Journey | undefined;
  let blunders: Blunders | undefined;
  for (const { questionnaire, answers, score } of evaluated) {
    if (questionnaire.kind === "stages" && score.kind === "stages") journey ??= { questionnaire, answers, score };
    if (questionnaire.kind === "agreement" && score.kind === "agreement")
      blunders ??= { questionnaire, answers, score };
  }
  const targets = journey ? resolveTargets(journey.score, result.targets) : {};
  const steps = content.steps.find((s) => s.questionnaire === journey?.questionnaire.id);
  const plan = buildPlan({
    journey: journey && steps ? { score: journey.score, targets, steps } : undefined,
    blunders: blunders && {
      ...blunders,
      recommendations: content.recommendations.find((r) => r.questionnaire === blunders?.questionnaire.id),
    },
  });
  const priorities = journey ? journeyPriorities(journey.score, plan) : blunderPriorities(plan);
  const relation = journey && blunders ? relate(journey.score, blunders.score, content.combined) : null;
  const { label, org, date } = result;
  const since = result.previous && compareResults(result.previous, result, catalogue);

  const setTarget = (dimensionId: string, stage: Stage) => {
    if (!journey) return;
    const chosen = changedTargets(journey.score, { ...targets, [dimensionId]: stage });
    const { targets: _old, ...rest } = result;
    replaceLocationHash(
      encodeFragment({ ...rest, ...(Object.keys(chosen).length > 0 && { targets: chosen }) }, catalogue),
    );
  };

  return (
    <div className="results">
      <div className="report-heading">
        {/* bdi: a name typed in a right-to-left script, or with a stray override, cannot turn
            the text around it. */}
        {(label || org || date) && (
          <p className="results-who">
            {label && <bdi>{label}</bdi>}
            {label && org && " · "}
            {org && <bdi>{org}</bdi>}
            {date && (
              <span className="results-date">
                {label || org ? " · " : ""}
                {formatDate(date)}
              </span>
            )}
          </p>
        )}
        <p className="print-only">Printed on {formatDate(today())} from Outside-In.</p>
      </div>
      <Summary
        journey={journey?.score}
        blunders={blunders?.score}
        model={content.model}
        priorities={priorities}
        relation={relation && relationSentence(relation)}
        planSteps={plan.length}
        onOpenPlan={() => {
          sections.setOpen("plan", true);
          // A button, not a link to #plan: the fragment holds the result and must not change.
          requestAnimationFrame(() => document.getElementById("plan")?.scrollIntoView({ block: "start" }));
        }}
      />
      {since && (
        <ReportSection
          id="since"
          title="Change since last time"
          hint={
            result.previous?.date
              ? `Since your result of ${formatDate(result.previous.date)}`
              : "Since the result you retook"
          }
          open={sections.isOpen("since")}
          onOpenChange={(open) => sections.setOpen("since", open)}
        >
          <SinceLastTime change={since} />
        </ReportSection>
      )}
      {comparisons.length > 0 && <BenchmarkCompare comparisons={comparisons} />}
      <ReportSection
        id="plan"
        title="Your plan"
        hint={`${countOf(plan.length, "step", "steps")}, biggest gap first${journey ? "; set your targets" : ""}`}
        open={sections.isOpen("plan")}
        onOpenChange={(open) => sections.setOpen("plan", open)}
      >
        <PlanSection
          journey={journey && { score: journey.score, targets }}
          model={content.model}
          plan={plan}
          articleTitles={content.articleTitles}
          onTarget={setTarget}
          fileStem={`outside-in-plan${date ? `-${date}` : ""}`}
        />
      </ReportSection>
      {journey && (
        <ReportSection
          id="journey"
          title={journey.questionnaire.title}
          hint="Stages, radar, targets and your answers, area by area"
          open={sections.isOpen("journey")}
          onOpenChange={(open) => sections.setOpen("journey", open)}
        >
          <JourneyDetail {...journey} targets={targets} model={content.model} />
        </ReportSection>
      )}
      {blunders && (
        <ReportSection
          id="blunders"
          title={blunders.questionnaire.title}
          hint="Each blunder, its alternative, and the answers that point to it"
          open={sections.isOpen("blunders")}
          onOpenChange={(open) => sections.setOpen("blunders", open)}
        >
          <BlundersDetail {...blunders} />
        </ReportSection>
      )}
      {journey && blunders && (
        <ReportSection
          id="relation"
          title="How the two results relate"
          hint="Which blunders may be holding which areas back"
          open={sections.isOpen("relation")}
          onOpenChange={(open) => sections.setOpen("relation", open)}
        >
          <CombinedView journey={journey.score} blunders={blunders.score} combined={content.combined} />
        </ReportSection>
      )}
      <ReportSection
        id="report-share"
        title="Print, download or share"
        hint="Name the result, copy its link, compare it with an earlier one"
        open={sections.isOpen("report-share")}
        onOpenChange={(open) => sections.setOpen("report-share", open)}
        screenOnly
      >
        <ReportActions result={result} evaluated={evaluated} />
        <ShareBox result={result} catalogue={catalogue} />
      </ReportSection>
      <OtherAssessments result={result} current={content.current} catalogue={catalogue} />
      <RetakeLinks evaluated={evaluated} fragment={encodeFragment(result, catalogue)} />
      <p className="muted report-context">
        Scored in your browser from the link{date ? `, completed on ${formatDate(date)}` : ""}; nothing was sent to a
        server.
      </p>
      <PrintLink url={typeof window === "undefined" ? "" : window.location.href} />
    </div>
  );
}
