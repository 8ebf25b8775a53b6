import { fill, formatCountIn, pluralIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";

type Props = {
  count: number;
  share: boolean;
  onShare: (share: boolean) => void;
  locale: Locale;
  messages: FlowMessages["share"];
};

/**
 * Notes stay in this browser unless the leader ticks this: then the result link carries them,
 * and anyone the link reaches can read them. Off until chosen, every run.
 */
export function ShareNotesChoice({ count, share, onShare, locale, messages: m }: Props) {
  return (
    <fieldset className="share-notes">
      <legend>{m.legend}</legend>
      <p className="muted">{fill(pluralIn(locale, count, m.kept), { n: formatCountIn(locale, count) })}</p>
      <label>
        <input type="checkbox" checked={share} onChange={(event) => onShare(event.target.checked)} />
        {m.include}
      </label>
      <p className={share ? "notice notice-warn" : "muted"}>{share ? m.shared : m.ifShared}</p>
    </fieldset>
  );
}
