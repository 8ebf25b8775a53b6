import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { browserStore } from "@/components/shared/browser-storage";
import type { TeamText } from "@/lib/team/text";
import { fitsTheBox, holdText, joinInput, type HeldText } from "@/lib/team-input/beside-the-box";
import {
  otherTabChange,
  readStoredInput,
  TEAM_INPUT_KEY,
  writeStoredInput,
  type StoredTeamInput,
} from "@/lib/workshop/stored-input";

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
  /** What is read: the box's text now, then the texts held beside it. */
  text: () => string;
  /** The box's own text now. */
  boxText: () => string;
  /** Texts too long to show in the box (lib/team-input/beside-the-box.ts), read after it. */
  held: HeldText[];
  /** Holds a text beside the box under a name, and keeps it in this browser. */
  hold: (name: string, text: string) => void;
  /** Lets go of the held text at this place. */
  release: (index: number) => void;
  /** Call on every change of the box: what was typed or pasted is kept in this browser until cleared. */
  onBoxInput: () => void;
  /**
   * Text the page puts in the box itself (held beside it when it does not fit, under `name`);
   * kept in this browser only when `keep` (a loaded file, not a team link).
   */
  fill: (text: string, keep: boolean, name: string) => void;
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
  const [start] = useState(() => startingInput(stored, words.teamInput.keptList));
  const [held, setHeld] = useState<HeldText[]>(start.held);
  const heldNow = useRef(held);
  const [empty, setEmpty] = useState(!start.box && !stored?.invitation && start.held.length === 0);
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

  const boxText = useCallback(() => element.current?.value ?? "", []);
  const text = useCallback(() => joinInput(boxText(), heldNow.current), [boxText]);
  const holding = useCallback((next: HeldText[]) => {
    heldNow.current = next;
    setHeld(next);
  }, []);
  const wasKept = useCallback(() => kept.current, []);
  const write = useCallback(() => {
    pending.current = false;
    const [t, i, h] = [boxText(), invitationNow.current, heldNow.current];
    if (t === "" && i === "" && h.length === 0) {
      known.current = null;
      return browserStore.remove(TEAM_INPUT_KEY);
    }
    const written = writeStoredInput(t, i, h);
    const outcome = browserStore.write(TEAM_INPUT_KEY, written);
    if (outcome.ok) known.current = written;
    kept.current = outcome.ok;
    setProblem(outcome.ok ? "" : outcome.reason === "quota" ? words.teamInput.storageFull : words.teamInput.storageOff);
  }, [boxText, words]);
  const save = useCallback(() => {
    setEmpty(boxText() === "" && invitationNow.current === "" && heldNow.current.length === 0);
    window.clearTimeout(timer.current);
    pending.current = true;
    timer.current = window.setTimeout(write, SAVE_AFTER_MS);
  }, [boxText, write]);
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
    (next: string, keep: boolean, name: string) => {
      const fits = fitsTheBox(next);
      if (element.current) element.current.value = fits ? next : "";
      holding(fits ? [] : [holdText(name, next)]);
      if (keep) save();
      else setEmpty(next === "" && invitationNow.current === "");
    },
    [save, holding],
  );
  const hold = useCallback(
    (name: string, next: string) => {
      holding([...heldNow.current, holdText(name, next)]);
      save();
    },
    [save, holding],
  );
  const release = useCallback(
    (index: number) => {
      holding(heldNow.current.filter((_, i) => i !== index));
      save();
    },
    [save, holding],
  );
  const clear = useCallback(() => {
    window.clearTimeout(timer.current);
    pending.current = false;
    if (element.current) element.current.value = "";
    holding([]);
    invitationNow.current = "";
    kept.current = false;
    known.current = null;
    setInvitation("");
    setEmpty(true);
    setProblem("");
    browserStore.remove(TEAM_INPUT_KEY);
  }, [holding]);

  return useMemo(
    () => ({
      box,
      initialText: start.box,
      text,
      boxText,
      held,
      hold,
      release,
      onBoxInput: save,
      fill,
      invitation,
      editInvitation,
      wasKept,
      empty,
      clear,
      problem,
    }),
    [
      box,
      start,
      text,
      boxText,
      held,
      hold,
      release,
      save,
      fill,
      invitation,
      editInvitation,
      wasKept,
      empty,
      clear,
      problem,
    ],
  );
}

/**
 * What the box and the held texts start with. A text kept before texts were held beside the box
 * may be too long for it: it is held, not poured into the box on load.
 */
function startingInput(stored: StoredTeamInput | null, keptList: string): { box: string; held: HeldText[] } {
  const held = (stored?.held ?? []).map((h) => holdText(h.name, h.text));
  const box = stored?.text ?? "";
  if (fitsTheBox(box)) return { box, held };
  return { box: "", held: [holdText(keptList, box), ...held] };
}
