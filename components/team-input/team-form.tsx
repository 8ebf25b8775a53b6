import { useState, type ChangeEvent, type ClipboardEvent, type FormEvent } from "react";
import type { TeamProgress } from "@/lib/team/types";
import { admitSteps, MAX_TEAM_LINKS, refuseFileSize, refusePastedText } from "@/lib/team-input/caps";
import { runInSlices } from "@/lib/shared/slices";
import { describeHeld, fitsTheBox } from "@/lib/team-input/beside-the-box";
import { formatCount } from "@/lib/shared/numbers";
import { countOf } from "@/lib/shared/plural";
import type { StoredInput } from "./use-stored-input";

type Props = {
  stored: StoredInput;
  progress: TeamProgress | null;
  alert: string;
  onAlert: (message: string) => void;
  onShow: (text: string, invitation: string) => void;
};

/** What the page says when a text is held beside the box rather than shown in it. */
const heldNote = (what: string) =>
  `${what} is too long to show in the box without slowing the page, so it is held beside the box and read with it. Select "Show the team view" to read it.`;

function progressText({ done, total }: TeamProgress): string {
  if (total === 0) return "Reading the links…";
  return `Reading ${countOf(total, "line", "lines")}… ${formatCount(done)} done`;
}

/**
 * The team view's input: pasted links or a loaded file, and the invitation they answered, kept
 * in this browser until cleared. Reading happens elsewhere (team-reader.ts); this only collects.
 */
export function TeamForm({ stored, progress, alert, onAlert, onShow }: Props) {
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
    const refuse = (message: string) => {
      onAlert(message);
      setNote("");
      input.value = "";
    };
    // Refused by its size before a byte of it is read, and by what it holds before it reaches the form.
    const tooLarge = refuseFileSize(file.size);
    if (tooLarge) return refuse(tooLarge.message);
    const content = await file.text();
    const checked = await runInSlices(admitSteps(content, "file"));
    if (!checked.ok) return refuse(checked.error.message);
    onAlert("");
    const current = boxText();
    const joined = current.trim() ? `${current.trimEnd()}\n${content}` : content;
    if (held.length === 0 && fitsTheBox(joined)) {
      fill(joined, true, file.name);
      return setNote(`Added the lines of ${file.name}. Select "Show the team view" to read them.`);
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
      return onAlert(refusal.message);
    }
    if (fitsTheBox(pasted)) return;
    event.preventDefault();
    void runInSlices(admitSteps(pasted, "text")).then((checked) => {
      if (!checked.ok) return onAlert(checked.error.message);
      onAlert("");
      hold("Pasted text", pasted);
      setNote(heldNote("The pasted text"));
    });
  };
  return (
    <form className="team-form card no-print" onSubmit={submit}>
      <label>
        Result links, one per line (up to {formatCount(MAX_TEAM_LINKS)})
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
        <ul className="held-texts" aria-label="Held beside the box">
          {held.map((h, index) => (
            <li key={`${index}-${h.name}`}>
              <span>{describeHeld(h)}</span>{" "}
              <button type="button" className="button button-secondary button-small" onClick={() => release(index)}>
                Remove {h.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <label>
        Or load a text or CSV file of links
        <input type="file" accept=".txt,.csv,text/plain,text/csv" onChange={(event) => void load(event)} />
      </label>
      <label>
        The invitation link they answered <span className="muted">(optional: shows who has answered)</span>
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
        {progress ? progressText(progress) : note}
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
          Show the team view
        </button>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            clear();
            setNote("The box is empty, and nothing of it is kept in this browser.");
          }}
          disabled={empty}
        >
          Clear the box
        </button>
      </div>
      <p className="muted">
        What you paste stays in this browser until you clear it, and the team view goes into the address, so a reload or
        a bookmark brings it back. Nothing is uploaded.
      </p>
    </form>
  );
}
