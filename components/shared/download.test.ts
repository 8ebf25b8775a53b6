import { afterEach, describe, expect, it, vi } from "vitest";
import { download } from "./download";

/** The bytes of the file the browser would save, from the Blob handed to createObjectURL. */
async function savedBytes(name: string, type: string, text: string): Promise<number[]> {
  let saved: Blob | null = null;
  vi.spyOn(URL, "createObjectURL").mockImplementation((blob) => {
    if (blob instanceof Blob) saved = blob;
    return "blob:test";
  });
  vi.spyOn(URL, "revokeObjectURL").mockImplementation(() => undefined);
  download(name, type, text);
  if (!saved) throw new Error("no file was made");
  const blob: Blob = saved;
  return [...new Uint8Array(await blob.arrayBuffer())];
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe("a downloaded file", () => {
  it("starts a CSV with the UTF-8 byte-order mark, so Excel reads names in any script", async () => {
    const bytes = await savedBytes("team.csv", "text/csv", '"Geschäftsführerin"\r\n');
    expect(bytes.slice(0, 3)).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(new Uint8Array(bytes.slice(3)))).toBe('"Geschäftsführerin"\r\n');
  });

  it("leaves other files as they are written", async () => {
    const bytes = await savedBytes("links.txt", "text/plain", "é\n");
    expect(bytes).toEqual([0xc3, 0xa9, 0x0a]);
  });
});
