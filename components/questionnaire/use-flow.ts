"use client";

import { useCallback, useRef, useState } from "react";
import { flowReducer, initialFlow, type FlowAction, type FlowState } from "@/lib/questionnaire/flow";
import type { Questionnaire } from "@/lib/questionnaire/schema";
import { PROGRESS_FORMAT, saveProgress } from "@/lib/storage/progress";
import { browserStorage } from "./browser-storage";

/**
 * The flow's state, saved to this browser after every change. The latest state lives in a
 * ref so that key presses arriving faster than React renders never act on a stale copy.
 */
export function useFlow(questionnaire: Questionnaire) {
  const [state, setState] = useState<FlowState>(initialFlow);
  const [saveFailed, setSaveFailed] = useState(false);
  const latest = useRef(state);

  const act = useCallback(
    (action: FlowAction) => {
      const next = flowReducer(questionnaire.questions.length, latest.current, action);
      latest.current = next;
      setState(next);
      if (next.phase === "intro") return;
      const outcome = saveProgress(browserStorage(), {
        format: PROGRESS_FORMAT,
        questionnaireId: questionnaire.id,
        version: questionnaire.version,
        answers: next.answers,
        position: next.position,
        savedAt: new Date().toISOString(),
      });
      if (!outcome.ok) setSaveFailed(true);
    },
    [questionnaire],
  );

  return { state, act, saveFailed };
}
