import { useState, type FormEvent } from "react";
import { useStorageSnapshot } from "@/components/shared/use-storage-snapshot";
import { encodeCompareFragment } from "@/lib/compare/compare-link";
import { HISTORY_KEY, parseHistory } from "@/lib/storage/history";
import { fragmentOf } from "@/lib/link/fragment-of";
import { browserStore } from "@/components/shared/browser-storage";
import { formatSavedDay } from "@/lib/shared/dates";

/** Two links to paste, or a result saved in this browser for the earlier one. */
export function CompareForm({ before, after }: { before: string; after: string }) {
  const [earlier, setEarlier] = useState(before ? `#${before}` : "");
  const [later, setLater] = useState(after ? `#${after}` : "");
  // The raw text is the snapshot (stable until storage changes); it is parsed afterwards.
  const history = parseHistory(useStorageSnapshot(() => browserStore.read(HISTORY_KEY), null));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    window.location.hash = encodeCompareFragment(fragmentOf(earlier), fragmentOf(later));
  };
  return (
    // The boxes are for typing: on paper the comparison carries its link instead (ComparePrintLink).
    <form className="compare-form card no-print" onSubmit={submit}>
      <label>
        Earlier result link (before)
        <input value={earlier} onChange={(e) => setEarlier(e.target.value)} placeholder="https://…/results/#v=1&…" />
      </label>
      {history.length > 0 && (
        <label>
          Or use a result saved in this browser
          <select value="" onChange={(e) => e.target.value && setEarlier(`#${e.target.value}`)}>
            <option value="">Choose a saved result…</option>
            {history.map((h) => (
              <option key={h.fragment} value={h.fragment}>
                {formatSavedDay(h.savedAt) ?? "Saved"}: {h.questionnaireIds.join(" and ")}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        Later result link (after)
        <input value={later} onChange={(e) => setLater(e.target.value)} placeholder="https://…/results/#v=1&…" />
      </label>
      <button type="submit" className="button">
        Compare
      </button>
    </form>
  );
}
