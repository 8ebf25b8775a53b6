import { useMemo } from "react";
import { MAX_SHAREABLE_URL } from "@/lib/team-input/team-link";
import type { Action } from "@/lib/workshop/actions";
import type { TeamExports } from "@/lib/workshop/exports";
import { fill, formatCountIn } from "@/lib/i18n/format";
import type { TeamText } from "@/lib/team/text";
import { PrintLink } from "@/components/shared/print-link";
import { teamUrl } from "./team-url";

type Props = { exports: TeamExports | null; invite: string | null; actions: Action[]; text: TeamText };

/**
 * The workshop pack carries the team link that reopens it, as text, as a link in a saved PDF and
 * as a QR code, as a leader's printed report does. A team too large for a link people can pass on
 * (the same limit as "Share or export") gets a line saying how to reopen it instead.
 */
export function PackLink({ exports, invite, actions, text }: Props) {
  const w = text.workshop;
  const url = useMemo(() => (exports ? teamUrl(exports.results, invite, actions) : ""), [exports, invite, actions]);
  if (!url) return null;
  if (url.length > MAX_SHAREABLE_URL)
    return (
      <section className="print-only print-link" aria-label={w.packLink.region}>
        <p>{fill(w.packTooLong, { n: formatCountIn(text.locale, url.length) })}</p>
      </section>
    );
  return <PrintLink url={url} shorter={url} words={w.packLink} />;
}
