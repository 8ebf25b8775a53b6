import { useMemo } from "react";
import type { SharedResult } from "@/lib/link/result-schema";
import { encodeFragment } from "@/lib/link/fragment";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { areaStage } from "@/lib/report/area-stages";
import { buildReport, withTarget } from "@/lib/report/build-report";
import type { ReportContent } from "@/lib/report/content";
import { withoutNames, withoutNotes } from "@/lib/report/print-link";
import { fill, formatDateIn } from "@/lib/i18n/format";
import { today } from "@/lib/results/today";
import type { Importance } from "@/lib/link/importance";
import { withImportance } from "@/lib/results/importance";
import type { Stage } from "@/lib/scoring/stages";
import { replaceLocationHash } from "@/components/shared/use-location-hash";
import { usePrinting } from "./use-printing";
import { ReportSection, useSections } from "./report-section";
import { BenchmarkCompare } from "./benchmark-compare";
import { BlundersDetail } from "./blunders-detail";
import { CombinedView } from "./combined-view";
import { JourneyDetail } from "./journey-detail";
import { OtherAssessments } from "./other-assessments";
import { PlanSection } from "./plan-section";
import { PrintLink } from "@/components/shared/print-link";
import { ReportActions } from "./report-actions";
import { RetakeLinks } from "./retake-links";
import { ShareBox } from "./share-box";
import { SinceLastTime } from "./since-last-time";
import { Summary } from "./summary";
import { NotesLinkChoice } from "./notes-link-choice";
import { NotesProvider, useNotes, useResultNotes } from "./notes-context";
import { ReportWordsProvider } from "./report-words";

export type { ReportContent } from "@/lib/report/content";

/**
 * A result as a report: the summary (with the radar) first, then the plan and the details in
 * sections a reader opens when they want them. What it shows is built by lib/report from the
 * link, targets included, so what is on screen is always what the link would show someone else.
 */
type Props = { result: SharedResult; catalogue: Catalogue; content: ReportContent };

/** The report with the leader's notes, from its link or this browser, beside the answers. */
export function Report(props: Props) {
  const { locale, messages } = props.content;
  const words = useMemo(() => ({ locale, messages }), [locale, messages]);
  return (
    <ReportWordsProvider value={words}>
      <NotesProvider value={useResultNotes(props.result, props.catalogue)}>
        <ReportBody {...props} />
      </NotesProvider>
    </ReportWordsProvider>
  );
}

function ReportBody({ result, catalogue, content }: Props) {
  const printing = usePrinting();
  const sections = useSections(printing, ["since"]);
  const model = useMemo(() => buildReport(result, catalogue, content), [result, catalogue, content]);
  const notes = useNotes();
  const { who, journey, blunders } = model;
  const m = content.messages.report;
  const fragment = encodeFragment(result, catalogue);
  const address = typeof window === "undefined" ? "" : `${window.location.origin}${window.location.pathname}`;

  const setTarget = (area: string, stage: Stage) =>
    replaceLocationHash(encodeFragment(withTarget(result, model, area, stage), catalogue));
  const setImportance = (area: string, level: Importance | undefined) =>
    replaceLocationHash(encodeFragment(withImportance(result, area, level), catalogue));

  return (
    <div className="results">
      <div className="report-heading">
        {/* bdi: a name typed in a right-to-left script, or with a stray override, cannot turn
            the text around it. */}
        {(who.label || who.org || who.date) && (
          <p className="results-who">
            {who.label && <bdi>{who.label}</bdi>}
            {who.label && who.org && " · "}
            {who.org && <bdi>{who.org}</bdi>}
            {who.date && (
              <span className="results-date">
                {who.label || who.org ? " · " : ""}
                {who.date}
              </span>
            )}
          </p>
        )}
        <p className="print-only">{fill(m.printedOn, { date: formatDateIn(content.locale, today()) })}</p>
        {notes.problems.map((problem) => (
          <p key={problem} className="notice notice-warn" role="status">
            {problem}
          </p>
        ))}
      </div>
      <Summary
        model={model}
        onOpenPlan={() => {
          sections.setOpen("plan", true);
          // A button, not a link to #plan: the fragment holds the result and must not change.
          requestAnimationFrame(() => document.getElementById("plan")?.scrollIntoView({ block: "start" }));
        }}
      />
      {model.since && (
        <ReportSection {...sections.bind("since")} title={m.sections.since} hint={model.since.hint}>
          <SinceLastTime since={model.since} />
        </ReportSection>
      )}
      {model.benchmarks.length > 0 && <BenchmarkCompare comparisons={model.benchmarks} />}
      <ReportSection {...sections.bind("plan")} title={m.sections.plan} hint={model.plan.hint}>
        <PlanSection
          model={model}
          articleTitles={content.articleTitles}
          englishArticles={content.englishArticles}
          sourceCredits={content.sourceCredits}
          onTarget={setTarget}
          onImportance={setImportance}
        />
      </ReportSection>
      {journey && (
        <ReportSection {...sections.bind("journey")} title={journey.questionnaire.title} hint={m.sections.journeyHint}>
          <JourneyDetail journey={journey} model={content.model} areaCredit={content.areaStages.credit} />
        </ReportSection>
      )}
      {blunders && (
        <ReportSection
          {...sections.bind("blunders")}
          title={blunders.questionnaire.title}
          hint={m.sections.blundersHint}
        >
          <BlundersDetail
            blunders={blunders}
            radar={Boolean(journey)}
            flashpoint={model.flashpoint?.in === "blunders" ? model.flashpoint.text : null}
          />
        </ReportSection>
      )}
      {model.connections && (
        <ReportSection {...sections.bind("relation")} title={m.sections.relation} hint={m.sections.relationHint}>
          <CombinedView connections={model.connections} />
        </ReportSection>
      )}
      <ReportSection {...sections.bind("report-share")} title={m.sections.share} hint={m.sections.shareHint} screenOnly>
        <ReportActions
          result={result}
          model={model}
          stageName={(area, stage) => areaStage(content.areaStages, content.model, area, stage).name}
        />
        <ShareBox result={result} catalogue={catalogue} />
        <NotesLinkChoice result={result} catalogue={catalogue} notes={notes} />
      </ReportSection>
      <OtherAssessments result={result} current={content.current} catalogue={catalogue} />
      <RetakeLinks evaluated={model.evaluated} fragment={fragment} />
      <p className="muted report-context">{model.context}</p>
      <PrintLink
        words={{ ...m.printLink, qrNotes: m.printLink }}
        url={address && `${address}#${fragment}`}
        shorter={address && `${address}#${encodeFragment(withoutNames(withoutNotes(result)), catalogue)}`}
        withoutNotes={
          address && (result.notes || result.previous?.notes)
            ? `${address}#${encodeFragment(withoutNotes(result), catalogue)}`
            : undefined
        }
      />
    </div>
  );
}
