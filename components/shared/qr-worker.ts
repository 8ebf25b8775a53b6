import * as qrcode from "qrcode";
import type { QrPlan } from "@/lib/report/print-link";
import { qrLibrary, qrMatrix, type QrMatrix } from "./qr-matrix";

// The print link's QR code, made in a Web Worker: choosing the best of eight masks for a
// long link takes a slow phone 60–130 ms, one long task on the report's main thread just
// after it opens (docs/decisions/0011-qr-code-in-a-worker.md). scripts/build/islands.ts bundles this file on its own;
// qr-code.ts starts it, and makes the code on the page when there is no worker.

export type QrRequest = Pick<QrPlan, "text" | "level">;
export type QrReply = { ok: true; matrix: QrMatrix } | { ok: false };

addEventListener("message", (event: MessageEvent<QrRequest>) => {
  let reply: QrReply;
  try {
    reply = { ok: true, matrix: qrMatrix(qrLibrary(qrcode), event.data) };
  } catch {
    reply = { ok: false };
  }
  postMessage(reply, { transfer: reply.ok ? [reply.matrix.dark.buffer] : [] });
});
