import { readFileSync } from "node:fs";
import { expect, type Download } from "@playwright/test";

/**
 * A downloaded CSV's text, after checking it starts with the UTF-8 byte-order mark that makes
 * Excel read it as UTF-8 (without it, "Geschäftsführerin" opens as "GeschÃ¤ftsfÃ¼hrerin").
 */
export async function csvText(file: Download): Promise<string> {
  const bytes = readFileSync(await file.path());
  expect([...bytes.subarray(0, 3)], "the byte-order mark").toEqual([0xef, 0xbb, 0xbf]);
  return bytes.subarray(3).toString("utf8");
}
