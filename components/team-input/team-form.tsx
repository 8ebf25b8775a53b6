import { useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from "react";
import type { TeamProgress } from "@/lib/team/types";
import { fill as fillIn, formatCountIn, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { TeamInputMessages } from "@/lib/i18n/messages/en/team-input";
import {
  admitSteps,
  MAX_TEAM_LINKS,
  refusalMessage,
  refuseFileSize,
  refusePastedText,
  type InputRefusal,
} from "@/lib/team-input/caps";
import { runInSlices } from "@/lib/shared/slices";
import { describeHeld, fitsTheBox } from "@/lib/team-input/beside-the-box";
import type { StoredInput } from "./use-stored-input";

type Props = {
  stored: StoredInput;
  progress: TeamProgress | null;
  alert: string;
  onAlert: (message: string) => void;
  onShow: (text: string, invitation: string) => void;
  locale: Locale;
  words: TeamInputMessages;
};

function progressText({ done, total }: TeamProgress, locale: Locale, words: TeamInputMessages): string {
  if (total === 0) return words.readingLinks;
  return fillIn(pluralIn(locale, total, words.reading), {
    n: formatCountIn(locale, total),
    done: formatCountIn(locale, done),
  });
}

/**
 * The team view's input: pasted links or a loaded file, and the invitation they answered, kept
 * in this browser until cleared. Reading happens elsewhere (team-reader.ts); this only collects.
 */
export function TeamForm({ stored, progress, alert, onAlert, onShow, locale, words }: Props) {
  /** What the page says when a text is held beside the box rather than shown in it. */
  const heldNote = (what: string) => fillIn(words.heldNote, { what });
  // Taken apart first: the box's ref callback goes to the textarea, the rest is plain values.
  const {
    box,
    initialText,
    onBoxInput,
    text,
    boxText,
    fill,
    held,
    hold,
    release,
    invitation,
    editInvitation,
    empty,
    clear,
    problem,
  } = stored;
  const [note, setNote] = useState("");

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setNote("");
    onShow(text(), invitation);
  };
  const load = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.target;
    const file = input.files?.[0];
    if (!file) return;
    const refuse = (refusal: InputRefusal) => {
      onAlert(refusalMessage(refusal, locale, words));
      setNote("");
      input.value = "";
    };
    // Refused by its size before a byte of it is read, and by what it holds before it reaches the form.
    const tooLarge = refuseFileSize(file.size);
    if (tooLarge) return refuse(tooLarge);
    const content = await file.text();
    const checked = await runInSlices(admitSteps(content, "file"));
    if (!checked.ok) return refuse(checked.error);
    onAlert("");
    const current = boxText();
    const joined = current.trim() ? `${current.trimEnd()}\n${content}` : content;
    if (held.length === 0 && fitsTheBox(joined)) {
      fill(joined, true, file.name);
      return setNote(fillIn(words.fileAdded, { file: file.name }));
    }
    hold(file.name, content);
    setNote(heldNote(file.name));
  };
  // A paste over the cap is refused before the box lays it out or storage keeps it; one too long
  // for the box is held beside it, as a long file is.
  const paste = (event: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = event.clipboardData.getData("text/plain");
    const refusal = refusePastedText(pasted);
    if (refusal) {
      event.preventDefault();
      return onAlert(refusalMessage(refusal, locale, words));
    }
    if (fitsTheBox(pasted)) return;
    event.preventDefault();
    void runInSlices(admitSteps(pasted, "text")).then((checked) => {
      if (!checked.ok) return onAlert(refusalMessage(checked.error, locale, words));
      onAlert("");
      hold(words.pastedText, pasted);
      setNote(heldNote(words.thePastedText));
    });
  };
  return (
    <form className="team-form card no-print" onSubmit={submit}>
      <label>
        {fillIn(words.linksLabel, { max: formatCountIn(locale, MAX_TEAM_LINKS) })}
        <textarea
          ref={box}
          defaultValue={initialText}
          onInput={onBoxInput}
          onPaste={paste}
          spellCheck={false}
          autoComplete="off"
          wrap="off"
        />
      </label>
      {held.length > 0 && (
        <ul className="held-texts" aria-label={words.heldLabel}>
          {held.map((h, index) => (
            <li key={`${index}-${h.name}`}>
              <span>{describeHeld(h, locale, words)}</span>{" "}
              <button type="button" className="button button-secondary button-small" onClick={() => release(index)}>
                {fillIn(words.removeHeld, { name: h.name })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        {words.fileLabel}
        <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={(event) => void load(event)} />
      </label>
      <label>
        {words.invitationLabel} <span className="muted">{words.invitationHint}</span>
        <input
          type="text"
          inputMode="url"
          value={invitation}
          onChange={(e) => editInvitation(e.target.value)}
          spellCheck={false}
          autoComplete="off"
        />
      </label>
      <p role="status" className="muted">
        {progress ? progressText(progress, locale, words) : note}
      </p>
      <p role="alert" className={alert ? "notice notice-warn" : undefined}>
        {alert}
      </p>
      {problem && (
        <p className="notice" role="status">
          {problem}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button">
          {words.show}
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            clear();
            setNote(words.cleared);
          }}
          disabled={empty}
        >
          {words.clear}
        </button>
      </div>
      <p className="muted">{words.kept}</p>
    </form>
  );
}
