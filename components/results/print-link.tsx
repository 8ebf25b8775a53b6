import { useEffect, useState } from "react";
import { NO_QR_NOTE, paperHref, qrPlan } from "@/lib/report/print-link";
import { whenIdle } from "@/components/shared/when-idle";
import { makeQrCode } from "./qr-code";
import type { QrMatrix } from "./qr-matrix";

type Code = { matrix: QrMatrix | null; note: string | null };

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
 * On paper, the report carries its own link, as text and as a QR code, so whoever holds the
 * printout can open the live report. The code is made when the browser is idle, in a Web
 * Worker (qr-code.ts): it is not needed on screen, and printing must not wait for it. A link too
 * long for a code gets the shorter one lib/report/print-link.ts plans, or a line saying there
 * is none; qrcode's own refusal becomes that line, never an uncaught error.
 */
export function PrintLink({ url, shorter }: { url: string; shorter: string }) {
  const [code, setCode] = useState<Code | null>(null);
  useEffect(() => {
    if (!url) return;
    let live = true;
    const plan = qrPlan(url, shorter);
    const make = async (): Promise<Code> => {
      if (!plan) return { matrix: null, note: NO_QR_NOTE };
      const matrix = await makeQrCode(plan);
      return matrix ? { matrix, note: plan.note } : { matrix: null, note: NO_QR_NOTE };
    };
    const cancel = whenIdle(() => void make().then((made) => live && setCode(made)), 2000);
    return () => {
      live = false;
      cancel();
    };
  }, [url, shorter]);
  return (
    <section className="print-only print-link" aria-label="This report's link">
      {code?.matrix && <QrCode matrix={code.matrix} label="QR code of this report's link" />}
      <p>
        Open this report:{" "}
        <a className="print-url" href={paperHref(url)}>
          {url}
        </a>
      </p>
      {code?.note && <p className="print-link-note">{code.note}</p>}
    </section>
  );
}
