import { describe, expect, it } from "vitest";
import * as qrcode from "qrcode";
import { makeQrCode } from "./qr-code";
import { qrLibrary, qrMatrix } from "./qr-matrix";

const URL = "https://outside-in.example/results/#v=1&journey=1.V5DebaOs4whqzzic";

describe("the print link's QR code", () => {
  it("holds qrcode's own modules, row by row", () => {
    const matrix = qrMatrix(qrLibrary(qrcode), { text: URL, level: "M" });
    const { modules } = qrcode.create(URL, { errorCorrectionLevel: "M" });
    expect(matrix.size).toBe(modules.size);
    for (let y = 0; y < matrix.size; y += 1)
      for (let x = 0; x < matrix.size; x += 1) expect(matrix.dark[y * matrix.size + x]).toBe(modules.get(y, x));
  });

  it("reads qrcode whether a bundler puts its exports on the module or on its default", () => {
    expect(qrLibrary({ default: qrcode }).create).toBe(qrcode.create);
    expect(qrLibrary(qrcode).create).toBe(qrcode.create);
  });

  it("is made on the page where no worker is built, and is null when qrcode refuses the text", async () => {
    const made = await makeQrCode({ text: URL, level: "M", note: null });
    expect(made?.size).toBeGreaterThanOrEqual(21);
    expect(made?.dark.some((module) => module === 1)).toBe(true);
    // A version-40 code at level M holds 2,331 bytes: one more and qrcode throws.
    expect(await makeQrCode({ text: "x".repeat(2332), level: "M", note: null })).toBeNull();
  });
});
