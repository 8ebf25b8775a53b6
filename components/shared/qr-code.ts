import type { QrPlan } from "@/lib/report/print-link";
import { startWorker } from "@/components/shared/start-worker";
import { qrLibrary, qrMatrix, type QrMatrix } from "./qr-matrix";
import type { QrReply, QrRequest } from "./qr-worker";

/**
 * The worker's address, set by the build (scripts/build/islands.ts) once the worker is bundled.
 * Absent in `next dev` and in tests, where the code is made on the page.
 */
const WORKER = process.env.QR_WORKER_PATH;

/** Makes the code on the page, loading qrcode first; null when qrcode refuses the text. */
async function onPage(request: QrRequest): Promise<QrMatrix | null> {
  try {
    return qrMatrix(qrLibrary(await import("qrcode")), request);
  } catch {
    return null;
  }
}

/**
 * The QR code for a plan, made off the main thread when the browser starts the worker, on the
 * page otherwise (no worker, or one a policy or proxy will not load). Null when qrcode refuses.
 */
export function makeQrCode({ text, level }: QrPlan): Promise<QrMatrix | null> {
  const request: QrRequest = { text, level };
  const worker = startWorker(WORKER);
  if (!worker) return onPage(request);
  return new Promise((resolve) => {
    worker.addEventListener("message", (event: MessageEvent<QrReply>) => {
      worker.terminate();
      resolve(event.data.ok ? event.data.matrix : null);
    });
    worker.addEventListener("error", (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(onPage(request));
    });
    worker.postMessage(request);
  });
}
