import { useEffect, useState } from "react";
import { whenIdle } from "@/components/shared/when-idle";

type Matrix = { size: number; dark: (x: number, y: number) => boolean };

/** The QR code's modules as one SVG path: a square per dark module, drawn as a React element. */
function QrCode({ matrix, label }: { matrix: Matrix; label: string }) {
  let d = "";
  for (let y = 0; y < matrix.size; y += 1) {
    for (let x = 0; x < matrix.size; x += 1) if (matrix.dark(x, y)) d += `M${x + 4} ${y + 4}h1v1h-1z`;
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
 * printout can open the live report. The QR library (qrcode) is fetched when the browser is
 * idle: it is not needed on screen, and printing must not wait for a download.
 */
export function PrintLink({ url }: { url: string }) {
  const [matrix, setMatrix] = useState<Matrix | null>(null);
  useEffect(() => {
    let live = true;
    const make = () =>
      import("qrcode").then((loaded) => {
        // qrcode is CommonJS: bundlers put its exports either on the module or on its default.
        const qr: typeof loaded = "create" in loaded ? loaded : Reflect.get(loaded, "default");
        const { modules } = qr.create(url, { errorCorrectionLevel: "M" });
        if (live) setMatrix({ size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) });
      });
    const cancel = whenIdle(() => void make(), 2000);
    return () => {
      live = false;
      cancel();
    };
  }, [url]);
  return (
    <section className="print-only print-link" aria-label="This report's link">
      {matrix && <QrCode matrix={matrix} label="QR code of this report's link" />}
      <p>
        Open this report: <span className="print-url">{url}</span>
      </p>
    </section>
  );
}
