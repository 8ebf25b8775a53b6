import { useEffect, useState } from "react";
import { paperHref, qrPlan, type QrNotes } from "@/lib/report/print-link";
import { whenIdle } from "@/components/shared/when-idle";
import { makeQrCode } from "./qr-code";
import type { QrMatrix } from "./qr-matrix";

type Code = { matrix: QrMatrix | null; note: string | null };

/** How the printout names what the link opens: a leader's report, or a team view. */
export type PrintLinkWords = {
  region: string;
  open: string;
  code: string;
  noCode: string;
  /**
   * What the printout says when the code leaves notes or names out, in the page's language. A
   * printout without it (the workshop pack, whose link always fits a code) codes its whole link
   * or none, so nothing is ever left out unsaid.
   */
  qrNotes?: QrNotes;
};

/** The QR code's modules as one SVG path: a square per dark module, drawn as a React element. */
function QrCode({ matrix, label }: { matrix: QrMatrix; label: string }) {
  let d = "";
  for (let y = 0; y < matrix.size; y += 1) {
    for (let x = 0; x < matrix.size; x += 1) if (matrix.dark[y * matrix.size + x]) d += `M${x + 4} ${y + 4}h1v1h-1z`;
  }
  const side = matrix.size + 8;
  return (
    <svg className="qr" viewBox={`0 0 ${side} ${side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={side} height={side} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}

/**
 * On paper, the report (or the workshop pack, with its own `words`) carries its own link, as text and as a QR code, so whoever holds the
 * printout can open the live report. The code is made when the browser is idle, in a Web
 * Worker (qr-code.ts): it is not needed on screen, and printing must not wait for it. A link too
 * long for a code gets the shorter one lib/report/print-link.ts plans, or a line saying there
 * is none; qrcode's own refusal becomes that line, never an uncaught error.
 */
export function PrintLink({
  url,
  shorter,
  withoutNotes,
  words,
}: {
  url: string;
  shorter: string;
  /** The link without the notes it carries, when it carries some (then `shorter` is without both). */
  withoutNotes?: string;
  words: PrintLinkWords;
}) {
  const [code, setCode] = useState<Code | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    const plan = words.qrNotes
      ? qrPlan(url, shorter, withoutNotes, words.qrNotes)
      : qrPlan(url, url, undefined, { noNotes: words.noCode, noNamesOrNotes: words.noCode, noNames: words.noCode });
    const make = async (): Promise<Code> => {
      if (!plan) return { matrix: null, note: words.noCode };
      const matrix = await makeQrCode(plan);
      return matrix ? { matrix, note: plan.note } : { matrix: null, note: words.noCode };
    };
    const cancel = whenIdle(() => void make().then((made) => live && setCode(made)), 2000);
    return () => {
      live = false;
      cancel();
    };
  }, [url, shorter, withoutNotes, words.noCode, words.qrNotes]);
  return (
    <section className="print-only print-link" aria-label={words.region}>
      {code?.matrix && <QrCode matrix={code.matrix} label={words.code} />}
      <p>
        {words.open}{" "}
        <a className="print-url" href={paperHref(url)}>
          {url}
        </a>
      </p>
      {code?.note && <p className="print-link-note">{code.note}</p>}
    </section>
  );
}
