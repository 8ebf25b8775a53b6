"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent } from "react";
import type { FlowAction } from "@/lib/questionnaire/flow";
import { encodeFragment } from "@/lib/link/fragment";
import { nextAssessment, notKeptRoute } from "@/lib/link/flow-route";
import { finishRun } from "@/lib/questionnaire/flow";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { today } from "@/lib/results/today";
import { addToHistory } from "@/lib/storage/history";
import { saveLatest } from "@/lib/storage/latest-results";
import { clearProgress } from "@/lib/storage/progress";
import { withBasePath } from "@/components/shared/base-path";
import { browserStore } from "@/components/shared/browser-storage";
import { ConflictNotice } from "./conflict-notice";
import { FlowProgress } from "./flow-progress";
import { IntroStep } from "./intro-step";
import { QuestionStep } from "./question-step";
import { ReviewStep } from "./review-step";
import { StorageNotice } from "./storage-notice";
import { useAutoAdvance } from "./use-auto-advance";
import { CarryNotice } from "./carry-notice";
import { LatestResults } from "@/components/shared/latest-results";
import { useCarry } from "./use-carry";
import { useFlow } from "./use-flow";
import { useFlowKeys } from "./use-flow-keys";
import { useSavedProgress } from "./use-saved-progress";

/** Takes any questionnaire from content/: intro, one question at a time, review, results. */
/**
 * The second click of a double-click lands on the next question's button, which sits in the
 * same place, and would skip a question. A click's `detail` counts the clicks in the burst, so
 * only the first one acts; Enter and taps on separate occasions count as 0 or 1.
 */
function ignoreRepeatClick(event: MouseEvent<HTMLButtonElement>) {
  if (event.detail > 1) event.preventDefault();
}

/** The site's current questionnaires, in the order it offers them: a run may go on to the next. */
export type FlowSibling = { id: string; title: string };

type Props = { questionnaire: Questionnaire; siblings: readonly FlowSibling[] };

export function QuestionFlow({ questionnaire, siblings }: Props) {
  const total = questionnaire.questions.length;
  const order = useMemo(() => siblings.map((s) => s.id), [siblings]);
  const titles = useMemo(() => new Map(siblings.map((s) => [s.id, s.title])), [siblings]);
  const carry = useCarry(questionnaire, order);
  const { state, act: dispatch, current, saveFailed, conflict, resolve } = useFlow(questionnaire);
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
  const saved = useSavedProgress(questionnaire);
  const [startedFresh, setStartedFresh] = useState(false);
  const [edited, setEdited] = useState<number | null>(null);
  const question = questionnaire.questions[state.position];

  const result = { questionnaireId: questionnaire.id, version: questionnaire.version, answers: state.answers };
  // The role and organisation typed once (on an invitation or a result) go into every link.
  const names = { ...(carry.hash.role && { label: carry.hash.role }), ...(carry.hash.org && { org: carry.hash.org }) };
  const resultFragment = () => encodeFragment({ assessments: [result], date: today(), ...names }, [questionnaire]);
  const retake = carry.retake;
  const next = nextAssessment({ questionnaireId: questionnaire.id, order, carry: carry.hash });
  const nextTitle = next === undefined ? undefined : titles.get(next);

  const finish = () => {
    const fragment = resultFragment();
    // Kept so a report can add the other assessment, and a later result can be compared.
    saveLatest(browserStore, result, today());
    const { path, saveToHistory } = finishRun({
      questionnaireId: questionnaire.id,
      order,
      own: fragment,
      carry: carry.hash,
    });
    const entry = { savedAt: new Date().toISOString(), questionnaireIds: [questionnaire.id], fragment };
    // Not kept here: the results page tries again and says why, rather than the list missing it unsaid.
    const route = saveToHistory && !addToHistory(browserStore, entry) ? notKeptRoute(fragment) : path;
    clearProgress(browserStore, questionnaire.id);
    // A plain page load: the report is its own static page, and there is no router to push to.
    window.location.assign(withBasePath(route));
  };

  useFlowKeys(questionnaire, state.phase === "question" ? (question ?? null) : null, act);

  // A retake opens on the review with every carried answer in place, so a leader changes only
  // what changed instead of stepping through every question. Progress saved in this browser
  // comes first: the intro then offers it, and Start goes to the same review.
  const openedRetake = useRef(false);
  useEffect(() => {
    if (openedRetake.current || retake.status !== "ready" || state.phase !== "intro" || saved.kind === "found") return;
    openedRetake.current = true;
    act({ type: "resume", answers: retake.answers, position: total });
  }, [retake, state.phase, saved.kind, act, total]);

  return (
    <div className="flow">
      {/* Unusable progress stays stored until the person starts: nothing is deleted unseen. */}
      {saved.kind === "discarded" && !startedFresh && (
        <p className="notice notice-warn" role="alert">
          We could not use the progress saved in this browser: {saved.reason}. You are starting afresh.
        </p>
      )}
      {saveFailed && <StorageNotice fragment={resultFragment()} />}
      {conflict && (
        <ConflictNotice
          conflict={conflict}
          total={total}
          mine={Object.keys(state.answers).length}
          onResolve={resolve}
        />
      )}
      {state.phase === "intro" && <CarryNotice carry={carry} titles={titles} />}
      {/* A leader who came back without a link finds their earlier results, to retake one. */}
      {state.phase === "intro" && !carry.hash.with && !carry.hash.retake && !carry.hash.invite && (
        <LatestResults titles={Object.fromEntries(titles)} />
      )}
      {state.phase === "intro" && (
        <IntroStep
          questionnaire={questionnaire}
          saved={saved.kind === "found" ? saved.progress : null}
          onStart={() => {
            clearProgress(browserStore, questionnaire.id);
            setStartedFresh(true);
            // A retake starts from the earlier answers that still mean the same, on the review.
            if (retake.status === "ready") act({ type: "resume", answers: retake.answers, position: total });
            else act({ type: "start" });
          }}
          starting={retake.status === "loading"}
          onResume={() =>
            saved.kind === "found" &&
            act({ type: "resume", answers: saved.progress.answers, position: saved.progress.position })
          }
        />
      )}
      {state.phase === "question" && question && (
        <form
          className="question-form"
          onSubmit={(event) => {
            event.preventDefault();
            act({ type: "next" });
          }}
        >
          <FlowProgress questionnaire={questionnaire} position={state.position} answers={state.answers} />
          <QuestionStep
            questionnaire={questionnaire}
            question={question}
            answer={state.answers[question.id]}
            isNew={retake.status === "ready" && retake.fresh.has(question.id)}
            onAnswer={(answer, byPointer) => {
              const before = current();
              dispatch({ type: "answer", questionId: question.id, answer });
              if (byPointer && auto.enabled) auto.schedule(before);
              else auto.settle();
            }}
          />
          <div className="button-row flow-nav">
            <button
              type="button"
              className="button button-secondary"
              onClick={(event) => event.detail < 2 && act({ type: "back" })}
            >
              Back
            </button>
            {auto.undo && (
              <button
                type="button"
                className="button button-secondary"
                onClick={() => {
                  const before = auto.undo;
                  auto.settle();
                  if (before) dispatch({ type: "restore", state: before });
                }}
              >
                Undo<span className="visually-hidden"> the last answer and go back to it</span>
              </button>
            )}
            <button type="submit" className="button" onClick={ignoreRepeatClick}>
              {state.fromReview && !state.queue
                ? "Back to review"
                : state.position + 1 === total && !state.fromReview
                  ? "Review answers"
                  : "Next"}
            </button>
          </div>
          {state.heldNext && (
            <p className="flow-held" role="status">
              You are already on question {state.position + 1}: your tap moved you on. Answer it, or press Next again to
              skip it.
            </p>
          )}
          <label className="flow-auto">
            <input type="checkbox" checked={auto.enabled} onChange={(e) => auto.setPreference(e.target.checked)} />
            Go to the next question after I tap an answer
          </label>
        </form>
      )}
      {state.phase === "review" && retake.status === "ready" && <CarryNotice carry={carry} titles={titles} />}
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
          onFinish={finish}
          finishLabel={nextTitle ? `Go on to ${nextTitle}` : "See my results"}
        />
      )}
    </div>
  );
}
