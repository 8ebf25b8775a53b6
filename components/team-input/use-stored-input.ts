import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { browserStore } from "@/components/shared/browser-storage";
import type { TeamText } from "@/lib/team/text";
import { otherTabChange, readStoredInput, TEAM_INPUT_KEY, writeStoredInput } from "@/lib/workshop/stored-input";

/** How long after the last keystroke what was typed is kept: a paste of 2 MB is written once, not per key. */
const SAVE_AFTER_MS = 400;

export type StoredInput = {
  /**
   * The box of links. It is not a controlled input on purpose: React keeps a controlled
   * textarea's default value in step with its value, which rewrote the whole of a pasted list
   * on every change, and replacing 10,000 pasted lines froze the page for half a minute
   * (docs/decisions/0012-team-sections-open-with-a-button.md). The page reads the box when it
   * needs its text and writes it only when it fills it.
   */
  box: (element: HTMLTextAreaElement | null) => void;
  /** What the box starts with: what this browser kept, or nothing. */
  initialText: string;
  /** The box's text now. */
  text: () => string;
  /** Call on every change of the box: what was typed or pasted is kept in this browser until cleared. */
  onBoxInput: () => void;
  /** Text the page puts in the box itself; kept in this browser only when `keep` (a loaded file, not a team link). */
  fill: (text: string, keep: boolean) => void;
  invitation: string;
  editInvitation: (invitation: string) => void;
  /** True once this browser gave back what was pasted before: a team link then leaves the box alone. */
  wasKept: () => boolean;
  empty: boolean;
  clear: () => void;
  /** Why the box could not be kept, if it could not, or that another tab changed what is kept. */
  problem: string;
};

/**
 * The team box and the invitation link beside it, kept in this browser (through the one door to
 * storage) until the person clears them, so a reload or a closed tab loses nothing typed.
 */
export function useStoredInput(words: Pick<TeamText, "locale" | "teamInput">): StoredInput {
  // Read once, as the form first renders: the team view renders only in the browser (after it
  // has read the address), so this never runs in the static HTML.
  const [raw] = useState(() => browserStore.read(TEAM_INPUT_KEY) ?? null);
  const stored = useMemo(() => readStoredInput(raw), [raw]);
  // What this tab last read or wrote there, to tell another tab's change from its own.
  const known = useRef<string | null>(raw);
  const [invitation, setInvitation] = useState(stored?.invitation ?? "");
  const [empty, setEmpty] = useState(!stored?.text && !stored?.invitation);
  const [problem, setProblem] = useState("");
  const element = useRef<HTMLTextAreaElement | null>(null);
  const box = useCallback((el: HTMLTextAreaElement | null) => {
    element.current = el;
  }, []);
  const kept = useRef(stored !== null);
  const invitationNow = useRef(invitation);
  const timer = useRef<number | undefined>(undefined);
  // A save waiting for the typing to stop.
  const pending = useRef(false);
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const text = useCallback(() => element.current?.value ?? "", []);
  const wasKept = useCallback(() => kept.current, []);
  const write = useCallback(() => {
    pending.current = false;
    const [t, i] = [text(), invitationNow.current];
    if (t === "" && i === "") {
      known.current = null;
      return browserStore.remove(TEAM_INPUT_KEY);
    }
    const written = writeStoredInput(t, i);
    const outcome = browserStore.write(TEAM_INPUT_KEY, written);
    if (outcome.ok) known.current = written;
    kept.current = outcome.ok;
    setProblem(outcome.ok ? "" : outcome.reason === "quota" ? words.teamInput.storageFull : words.teamInput.storageOff);
  }, [text, words]);
  const save = useCallback(() => {
    setEmpty(text() === "" && invitationNow.current === "");
    window.clearTimeout(timer.current);
    pending.current = true;
    timer.current = window.setTimeout(write, SAVE_AFTER_MS);
  }, [text, write]);
  // Another tab of the team view writing what is kept: said, never taken in silently.
  useEffect(() => {
    const changed = (event: StorageEvent) => {
      if (event.key !== TEAM_INPUT_KEY && event.key !== null) return;
      const said = otherTabChange(known.current, event.key === null ? null : event.newValue, words);
      if (!said) return;
      known.current = event.key === null ? null : event.newValue;
      setProblem(said);
    };
    window.addEventListener("storage", changed);
    return () => window.removeEventListener("storage", changed);
  }, [words]);
  // A reload or a closed tab within the wait would lose what was just pasted: it is kept then.
  useEffect(() => {
    const now = () => {
      if (!pending.current) return;
      window.clearTimeout(timer.current);
      write();
    };
    window.addEventListener("pagehide", now);
    return () => window.removeEventListener("pagehide", now);
  }, [write]);

  const editInvitation = useCallback(
    (next: string) => {
      invitationNow.current = next;
      setInvitation(next);
      save();
    },
    [save],
  );
  const fill = useCallback(
    (next: string, keep: boolean) => {
      if (element.current) element.current.value = next;
      if (keep) save();
      else setEmpty(next === "" && invitationNow.current === "");
    },
    [save],
  );
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = false;
    if (element.current) element.current.value = "";
    invitationNow.current = "";
    kept.current = false;
    known.current = null;
    setInvitation("");
    setEmpty(true);
    setProblem("");
    browserStore.remove(TEAM_INPUT_KEY);
  }, []);

  return useMemo(
    () => ({
      box,
      initialText: stored?.text ?? "",
      text,
      onBoxInput: save,
      fill,
      invitation,
      editInvitation,
      wasKept,
      empty,
      clear,
      problem,
    }),
    [box, stored, text, save, fill, invitation, editInvitation, wasKept, empty, clear, problem],
  );
}
