import type { QrPlan } from "@/lib/report/print-link";

/** A QR code's modules, row by row: `dark[y * size + x]` is 1 for a dark module. */
export type QrMatrix = { size: number; dark: Uint8Array };

type QrLibrary = Pick<typeof import("qrcode"), "create">;

/** The code for a plan; throws when qrcode refuses the text (too long for the level, say). */
export function qrMatrix(qr: QrLibrary, { text, level }: Pick<QrPlan, "text" | "level">): QrMatrix {
  const { modules } = qr.create(text, { errorCorrectionLevel: level });
  return { size: modules.size, dark: modules.data };
}

const isLibrary = (value: unknown): value is QrLibrary =>
  typeof value === "object" && value !== null && "create" in value && typeof value.create === "function";

/** qrcode is CommonJS: bundlers put its exports either on the module or on its default. */
export function qrLibrary(loaded: object): QrLibrary {
  const library: unknown = isLibrary(loaded) ? loaded : Reflect.get(loaded, "default");
  if (!isLibrary(library)) throw new Error("qrcode loaded without its create()");
  return library;
}
