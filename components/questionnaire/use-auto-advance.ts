import { useCallback, useEffect, useRef, useState } from "react";
import type { FlowState } from "@/lib/questionnaire/flow";
import { browserStore } from "@/components/shared/browser-storage";

const PREFERENCE_KEY = "outside-in:auto-advance";
/** Long enough to see the choice highlighted, short enough not to wait for it. */
export const ADVANCE_DELAY_MS = 350;

/** On by default where the main pointer is a finger; a choice the person made is kept. */
function initialPreference(): boolean {
  const stored = browserStore.read(PREFERENCE_KEY);
  if (stored === "on" || stored === "off") return stored === "on";
  return typeof window !== "undefined" && window.matchMedia?.("(pointer: coarse)").matches === true;
}

/**
 * Moving on after a tap, and taking it back. Only a pointer choice moves on: a choice made with
 * the keyboard never does, so people using a screen reader or keys decide when to go on.
 * `undo` holds the state from before the tapped answer, so undoing restores both the question
 * and whatever answer it had.
 */
export function useAutoAdvance(next: () => void) {
  const [enabled, setEnabled] = useState(initialPreference);
  const [undo, setUndo] = useState<FlowState | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pendingFrom = useRef<FlowState | null>(null);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    pendingFrom.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  /** Called after a pointer choice; `before` is the state the choice changed. */
  const schedule = useCallback(
    (before: FlowState) => {
      // A second tap before the move keeps the first state as the one to go back to.
      const from = pendingFrom.current ?? before;
      cancel();
      pendingFrom.current = from;
      timer.current = setTimeout(() => {
        timer.current = null;
        pendingFrom.current = null;
        setUndo(from);
        next();
      }, ADVANCE_DELAY_MS);
    },
    [cancel, next],
  );

  const setPreference = useCallback(
    (on: boolean) => {
      setEnabled(on);
      if (!on) cancel();
      browserStore.write(PREFERENCE_KEY, on ? "on" : "off");
    },
    [cancel],
  );

  /**
   * Another answer, Back or an edit ends both a pending move and the chance to undo the last
   * one; a Next only ends the pending move (`cancel`), so Undo stays until the next answer.
   */
  const settle = useCallback(() => {
    cancel();
    setUndo(null);
  }, [cancel]);

  return { enabled, setPreference, schedule, undo, settle, cancel };
}
