import { useMemo } from "react";
import { MAX_SHAREABLE_URL } from "@/lib/team-input/team-link";
import type { Action } from "@/lib/workshop/actions";
import type { TeamExports } from "@/lib/workshop/exports";
import { formatCount } from "@/lib/shared/numbers";
import { PrintLink, type PrintLinkWords } from "@/components/shared/print-link";
import { teamUrl } from "./team-url";

const WORDS: PrintLinkWords = {
  region: "This team view's link",
  open: "Open this team view:",
  code: "QR code of this team view's link",
  noCode: "This team link is too long for a QR code: type or copy the address below to open the team view.",
};

type Props = { exports: TeamExports | null; invite: string | null; actions: Action[] };

/**
 * The workshop pack carries the team link that reopens it, as text, as a link in a saved PDF and
 * as a QR code, as a leader's printed report does. A team too large for a link people can pass on
 * (the same limit as "Share or export") gets a line saying how to reopen it instead.
 */
export function PackLink({ exports, invite, actions }: Props) {
  const url = useMemo(() => (exports ? teamUrl(exports.results, invite, actions) : ""), [exports, invite, actions]);
  if (!url) return null;
  if (url.length > MAX_SHAREABLE_URL)
    return (
      <section className="print-only print-link" aria-label={WORDS.region}>
        <p>
          This team&rsquo;s link is {formatCount(url.length)} characters, too long to print: to reopen the team view,
          load the file of links (&ldquo;Download the links as a file&rdquo;, under &ldquo;Share or export this team
          view&rdquo;) into the team page.
        </p>
      </section>
    );
  return <PrintLink url={url} shorter={url} words={WORDS} />;
}
