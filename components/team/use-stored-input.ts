import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { browserStore } from "@/components/shared/browser-storage";
import { readStoredInput, TEAM_INPUT_KEY, writeStoredInput } from "@/lib/workshop/stored-input";

/** How long after the last keystroke what was typed is kept: a paste of 2 MB is written once, not per key. */
const SAVE_AFTER_MS = 400;

export type StoredInput = {
  text: string;
  invitation: string;
  /** True once this browser gave back what was pasted before: a team link then leaves the box alone. */
  kept: { readonly current: boolean };
  /** What the person typed or pasted: kept in this browser until cleared. */
  edit: (text: string) => void;
  editInvitation: (invitation: string) => void;
  /** Text the page puts in the box itself (the links of a team link): shown, not kept. */
  fill: (text: string) => void;
  clear: () => void;
  /** Why the box could not be kept, if it could not. */
  problem: string;
};

/**
 * The team box and the invitation link beside it, kept in this browser (through the one door to
 * storage) until the person clears them, so a reload or a closed tab loses nothing typed.
 */
export function useStoredInput(): StoredInput {
  // Read once, as the form first renders: the team view renders only in the browser (after it
  // has read the address), so this never runs in the static HTML.
  const [stored] = useState(() => readStoredInput(browserStore.read(TEAM_INPUT_KEY)));
  const [text, setText] = useState(stored?.text ?? "");
  const [invitation, setInvitation] = useState(stored?.invitation ?? "");
  const [problem, setProblem] = useState("");
  const kept = useRef(stored !== null);
  const latest = useRef({ text, invitation });
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const save = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      const { text: t, invitation: i } = latest.current;
      if (t === "" && i === "") return browserStore.remove(TEAM_INPUT_KEY);
      const outcome = browserStore.write(TEAM_INPUT_KEY, writeStoredInput(t, i));
      kept.current = outcome.ok;
      setProblem(
        outcome.ok
          ? ""
          : outcome.reason === "quota"
            ? "This browser's storage is full, so what you pasted is not kept here: it is still read as usual."
            : "This browser keeps nothing for this site (storage is turned off), so what you pasted is not kept here: it is still read as usual.",
      );
    }, SAVE_AFTER_MS);
  }, []);

  const edit = useCallback(
    (next: string) => {
      latest.current = { ...latest.current, text: next };
      setText(next);
      save();
    },
    [save],
  );
  const editInvitation = useCallback(
    (next: string) => {
      latest.current = { ...latest.current, invitation: next };
      setInvitation(next);
      save();
    },
    [save],
  );
  const fill = useCallback((next: string) => {
    latest.current = { ...latest.current, text: next };
    setText(next);
  }, []);
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    latest.current = { text: "", invitation: "" };
    kept.current = false;
    setText("");
    setInvitation("");
    setProblem("");
    browserStore.remove(TEAM_INPUT_KEY);
  }, []);

  return useMemo(
    () => ({ text, invitation, kept, edit, editInvitation, fill, clear, problem }),
    [text, invitation, edit, editInvitation, fill, clear, problem],
  );
}
