import { useMemo } from "react";
import { encodeCompareFragment } from "@/lib/compare/compare-link";
import { encodeFragment } from "@/lib/link/fragment";
import type { SharedResult } from "@/lib/link/result-schema";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { withoutNames } from "@/lib/report/print-link";
import { PrintLink, type PrintLinkWords } from "@/components/shared/print-link";

type Props = { hash: string; before: SharedResult; after: SharedResult; catalogue: Catalogue; words: PrintLinkWords };

/**
 * A printed comparison carries the link that reopens it, as text and as a QR code, as a printed
 * report and the workshop pack do. Too long for a code with both leaders' names, the code holds
 * the same two results without them.
 */
export function ComparePrintLink({ hash, before, after, catalogue, words }: Props) {
  const address = typeof window === "undefined" ? "" : `${window.location.origin}${window.location.pathname}`;
  const shorter = useMemo(
    () =>
      encodeCompareFragment(
        encodeFragment(withoutNames(before), catalogue),
        encodeFragment(withoutNames(after), catalogue),
      ),
    [before, after, catalogue],
  );
  if (!address || !hash) return null;
  return <PrintLink url={`${address}#${hash.replace(/^#/, "")}`} shorter={`${address}#${shorter}`} words={words} />;
}
