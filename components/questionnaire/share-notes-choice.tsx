import { countOf } from "@/lib/shared/plural";

type Props = { count: number; share: boolean; onShare: (share: boolean) => void };

/**
 * Notes stay in this browser unless the leader ticks this: then the result link carries them,
 * and anyone the link reaches can read them. Off until chosen, every run.
 */
export function ShareNotesChoice({ count, share, onShare }: Props) {
  return (
    <fieldset className="share-notes">
      <legend>Your notes</legend>
      <p className="muted">
        {countOf(count, "note is", "notes are")} kept in this browser only, and shown in your report here.
      </p>
      <label>
        <input type="checkbox" checked={share} onChange={(event) => onShare(event.target.checked)} />
        Include my notes in the link
      </label>
      <p className={share ? "notice notice-warn" : "muted"}>
        {share
          ? "Anyone with the link can read your notes: whoever you send it to, and whoever they pass it on to."
          : "If you include them, anyone with the link can read them."}
      </p>
    </fieldset>
  );
}
