"use client";

import { useLocationHash } from "@/components/shared/use-location-hash";
import { buildComparison, type CompareWords } from "@/lib/compare/build-comparison";
import { decodeCompareFragment } from "@/lib/compare/compare-link";
import { readLink } from "@/lib/link/reader";
import { linkErrorText } from "@/lib/link/errors";
import { today } from "@/lib/results/today";
import type { Catalogue } from "@/lib/questionnaire/catalogue";
import { fragmentOf } from "@/lib/link/fragment-of";
import { CompareForm } from "./compare-form";
import { ComparePrintLink } from "./compare-print-link";
import { ComparisonReport } from "./comparison-report";

/** Two results side by side: what moved, by how much, and what cannot be compared. */
export function CompareView({
  catalogue,
  locale,
  messages,
}: {
  catalogue: Catalogue;
  /** The page's language, and compare's words with the change sentences of `results`, in it. */
  locale: CompareWords["locale"];
  messages: CompareWords["messages"];
}) {
  const words: CompareWords = { locale, messages };
  const m = messages.compare;
  // Before the address is read the form shows empty, as it does for an address without links.
  const hash = useLocationHash() ?? "";
  const { before, after } = decodeCompareFragment(hash);
  const decodedBefore = before ? readLink(fragmentOf(before), catalogue) : null;
  const decodedAfter = after ? readLink(fragmentOf(after), catalogue) : null;
  return (
    <>
      <CompareForm key={hash} before={before} after={after} locale={locale} words={m.form} />
      {decodedBefore && !decodedBefore.ok && (
        <p className="notice notice-warn" role="alert">
          <strong>{m.earlierLink}</strong> {linkErrorText(decodedBefore.error, messages.link)}
        </p>
      )}
      {decodedAfter && !decodedAfter.ok && (
        <p className="notice notice-warn" role="alert">
          <strong>{m.laterLink}</strong> {linkErrorText(decodedAfter.error, messages.link)}
        </p>
      )}
      {decodedBefore?.ok && decodedAfter?.ok && (
        <>
          <ComparisonReport
            model={buildComparison(decodedBefore.value, decodedAfter.value, catalogue, today(), words)}
            words={words}
          />
          <ComparePrintLink
            hash={hash}
            before={decodedBefore.value}
            after={decodedAfter.value}
            catalogue={catalogue}
            words={{ ...m.printLink, qrNotes: m.printLink }}
          />
        </>
      )}
    </>
  );
}
