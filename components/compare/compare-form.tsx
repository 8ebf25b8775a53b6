import { useState, type FormEvent } from "react";
import { useStorageSnapshot } from "@/components/shared/use-storage-snapshot";
import { encodeCompareFragment } from "@/lib/compare/compare-link";
import { HISTORY_KEY, parseHistory } from "@/lib/storage/history";
import { fragmentOf } from "@/lib/link/fragment-of";
import { browserStore } from "@/components/shared/browser-storage";
import { formatSavedDayIn } from "@/lib/i18n/timestamp";
import type { Locale } from "@/lib/i18n/locales";
import type { CompareMessages } from "@/lib/i18n/messages/en/compare";
import { fill } from "@/lib/i18n/format";

/** Two links to paste, or a result saved in this browser for the earlier one. */
export function CompareForm({
  before,
  after,
  locale,
  words,
}: {
  before: string;
  after: string;
  /** The page's language: the saved results' days are written in it. */
  locale: Locale;
  words: CompareMessages["form"];
}) {
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
        {words.earlier}
        <input value={earlier} onChange={(e) => setEarlier(e.target.value)} placeholder="https://…/results/#v=1&…" />
      </label>
      {history.length > 0 && (
        <label>
          {words.saved}
          <select value="" onChange={(e) => e.target.value && setEarlier(`#${e.target.value}`)}>
            <option value="">{words.choose}</option>
            {history.map((h) => (
              <option key={h.fragment} value={h.fragment}>
                {fill(words.savedItem, {
                  day: formatSavedDayIn(locale, h.savedAt) ?? words.savedDay,
                  ids: h.questionnaireIds.join(words.idsJoin),
                })}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        {words.later}
        <input value={later} onChange={(e) => setLater(e.target.value)} placeholder="https://…/results/#v=1&…" />
      </label>
      <button type="submit" className="button">
        {words.submit}
      </button>
    </form>
  );
}
