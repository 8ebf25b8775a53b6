import { fill, formatCountIn } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { FlowMessages } from "@/lib/i18n/messages/en/flow";
import type { Conflict } from "./use-flow";

type Props = {
  conflict: Conflict;
  total: number;
  mine: number;
  onResolve: (keep: "mine" | "theirs") => void;
  locale: Locale;
  messages: FlowMessages["conflict"];
};

/** Another tab saved this questionnaire: say so, and let the person choose which answers win. */
export function ConflictNotice({ conflict, total, mine, onResolve, locale, messages: m }: Props) {
  const theirs = conflict.theirs ? Object.keys(conflict.theirs.answers).length : null;
  const count = (n: number) => formatCountIn(locale, n);
  return (
    <div className="notice notice-warn" role="alert">
      <p>
        <strong>{m.lead}</strong>
        {m.rest}
      </p>
      <p>
        {fill(m.mine, { mine: count(mine), total: count(total) })}{" "}
        {theirs === null ? m.cleared : fill(m.theirs, { theirs: count(theirs), total: count(total) })}
      </p>
      <div className="button-row">
        <button type="button" className="button" onClick={() => onResolve("mine")}>
          {m.keepMine}
        </button>
        {theirs !== null && (
          <button type="button" className="button button-secondary" onClick={() => onResolve("theirs")}>
            {m.useTheirs}
          </button>
        )}
      </div>
    </div>
  );
}
