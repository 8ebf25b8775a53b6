"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { canFinishHere, nextAssessment } from "@/lib/link/flow-route";
import type { FlowAction } from "@/lib/questionnaire/flow";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { clearProgress } from "@/lib/storage/progress";
import { progressProblemText } from "@/lib/storage/progress-problem";
import { fill } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { EstimateMessages } from "@/lib/i18n/messages/en/estimate";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import type { LatestMessages } from "@/lib/i18n/messages/en/latest";
import { browserStore } from "@/components/shared/browser-storage";
import { LatestResultsPanel } from "@/components/shared/latest-results-panel";
import { CarryNotice } from "./carry-notice";
import { ConflictNotice } from "./conflict-notice";
import { finish, linkLengthWith, resultFragment, type FinishProblem } from "./finish-run";
import { IntroStep } from "./intro-step";
import { QuestionForm } from "./question-form";
import { ReviewStep } from "./review-step";
import { StorageNotice } from "./storage-notice";
import { useAutoAdvance } from "./use-auto-advance";
import { useCarry } from "./use-carry";
import { useFlow } from "./use-flow";
import { useFlowKeys } from "./use-flow-keys";
import { useSavedProgress } from "./use-saved-progress";

/** The site's current questionnaires, in the order it offers them: a run may go on to the next. */
export type FlowSibling = { id: string; title: string };

/** The flow's words in its page's language: its own, the time estimate's and the latest results'. */
export type FlowIslandMessages = { flow: FlowMessages; estimate: EstimateMessages; latest: LatestMessages };

type Props = {
  /** The questionnaire in the page's language, as forBrowser hands it over. */
  questionnaire: Questionnaire;
  siblings: readonly FlowSibling[];
  locale: Locale;
  messages: FlowIslandMessages;
};

/** Takes any questionnaire from content/: intro, one question at a time, review, results. */
export function QuestionFlow({ questionnaire, siblings, locale, messages }: Props) {
  const m = messages.flow;
  const total = questionnaire.questions.length;
  const order = useMemo(() => siblings.map((s) => s.id), [siblings]);
  const titles = useMemo(() => new Map(siblings.map((s) => [s.id, s.title])), [siblings]);
  const carry = useCarry(questionnaire, order, m.carry);
  const {
    state,
    act: dispatch,
    current,
    saveFailed,
    conflict,
    resolve,
    notes,
    note,
    restoreNotes,
  } = useFlow(questionnaire);
  const [shareNotes, setShareNotes] = useState(false);
  const [finishProblem, setFinishProblem] = useState<FinishProblem | null>(null);
  const auto = useAutoAdvance(useCallback(() => dispatch({ type: "next", auto: true }), [dispatch]));
  // Whatever the person does themselves ends a pending automatic move; all but Next end its
  // undo too, so Undo stays until the next answer.
  const { settle, cancel } = auto;
  const act = useCallback(
    (action: FlowAction) => {
      if (action.type === "next") cancel();
      else settle();
      dispatch(action);
    },
    [settle, cancel, dispatch],
  );
  const saved = useSavedProgress(questionnaire, state.phase === "intro");
  const [startedFresh, setStartedFresh] = useState(false);
  const [edited, setEdited] = useState<number | null>(null);
  const question = questionnaire.questions[state.position];

  const run = { questionnaire, answers: state.answers, carry: carry.hash, order, notes, shareNotes, locale };
  // The link a note would make, measured with every other kept note in place.
  const linkLength = (questionId: string, text: string) => {
    const { [questionId]: _old, ...rest } = notes;
    return linkLengthWith(run, text === "" ? rest : { ...rest, [questionId]: text });
  };
  const retake = carry.retake;
  const next = nextAssessment({ questionnaireId: questionnaire.id, order, carry: carry.hash });
  const nextTitle = next === undefined ? undefined : titles.get(next);

  useFlowKeys(questionnaire, state.phase === "question" ? (question ?? null) : null, act);

  // A retake opens on the review with every carried answer in place, so a leader changes only
  // what changed instead of stepping through every question. Progress saved in this browser
  // comes first: the intro then offers it, and Start goes to the same review.
  const openedRetake = useRef(false);
  useEffect(() => {
    if (openedRetake.current || retake.status !== "ready" || state.phase !== "intro" || saved.kind === "found") return;
    openedRetake.current = true;
    restoreNotes(retake.notes);
    act({ type: "resume", answers: retake.answers, position: total });
  }, [retake, state.phase, saved.kind, act, total, restoreNotes]);

  return (
    <div className="flow" data-questionnaire={questionnaire.id}>
      {/* Unusable progress stays stored until the person starts: nothing is deleted unseen. */}
      {saved.kind === "discarded" && !startedFresh && (
        <p className="notice notice-warn" role="alert">
          {fill(m.restore.discarded, { reason: progressProblemText(saved.problem, m.restore) })}
        </p>
      )}
      {saved.kind === "found" && saved.notesLost && (
        <p className="notice notice-warn" role="alert">
          {m.restore.notesLost}
        </p>
      )}
      {saveFailed && <StorageNotice fragment={resultFragment(run)} locale={locale} messages={m.storage} />}
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          total={total}
          mine={Object.keys(state.answers).length}
          onResolve={resolve}
          locale={locale}
          messages={m.conflict}
        />
      )}
      {state.phase === "intro" && <CarryNotice carry={carry} titles={titles} locale={locale} messages={m.carry} />}
      {/* A leader who came back without a link finds their earlier results, to retake one. */}
      {state.phase === "intro" && !carry.hash.with && !carry.hash.retake && !carry.hash.invite && (
        <LatestResultsPanel titles={Object.fromEntries(titles)} locale={locale} messages={messages.latest} />
      )}
      {state.phase === "intro" && (
        <IntroStep
          questionnaire={questionnaire}
          saved={saved.kind === "found" ? saved.progress : null}
          onStart={() => {
            clearProgress(browserStore, questionnaire.id);
            setStartedFresh(true);
            // A retake starts from the earlier answers that still mean the same, on the review.
            if (retake.status === "ready") {
              restoreNotes(retake.notes);
              act({ type: "resume", answers: retake.answers, position: total });
            } else act({ type: "start" });
          }}
          starting={retake.status === "loading"}
          locale={locale}
          messages={messages}
          onResume={() => {
            if (saved.kind !== "found") return;
            restoreNotes(saved.progress.notes);
            act({ type: "resume", answers: saved.progress.answers, position: saved.progress.position });
          }}
        />
      )}
      {state.phase === "question" && question && (
        <QuestionForm
          questionnaire={questionnaire}
          question={question}
          state={state}
          isNew={retake.status === "ready" && retake.fresh.has(question.id)}
          auto={auto}
          act={act}
          dispatch={dispatch}
          current={current}
          note={{
            text: notes[question.id] ?? "",
            keep: (text) => note(question.id, text),
            linkLength: (text) => linkLength(question.id, text),
          }}
          locale={locale}
          messages={messages}
        />
      )}
      {state.phase === "review" && retake.status === "ready" && (
        <CarryNotice carry={carry} titles={titles} locale={locale} messages={m.carry} />
      )}
      {state.phase === "review" && (
        <ReviewStep
          fresh={retake.status === "ready" ? retake.fresh : undefined}
          questionnaire={questionnaire}
          answers={state.answers}
          onEdit={(position, then) => {
            setEdited(position);
            act({ type: "edit", position, then });
          }}
          edited={edited}
          onBack={() => act({ type: "back" })}
          onFinish={() => void finish(run, { anyway: finishProblem !== null }).then(setFinishProblem)}
          notes={{ byQuestion: notes, keep: note, linkLength, share: shareNotes, onShare: setShareNotes }}
          finishLabel={nextTitle ? fill(m.review.goOn, { title: nextTitle }) : m.review.seeResults}
          finishHere={
            nextTitle && canFinishHere(carry.hash)
              ? {
                  label: fill(m.review.here, { title: nextTitle }),
                  onFinish: () =>
                    void finish(run, { here: true, anyway: finishProblem !== null }).then(setFinishProblem),
                }
              : undefined
          }
          locale={locale}
          messages={m}
        />
      )}
      {finishProblem && (
        <p className="notice notice-warn" role="alert">
          {m.review.notesNotKept}
        </p>
      )}
    </div>
  );
}
