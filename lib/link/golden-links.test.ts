import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { loadCatalogue } from "../content/load-questionnaires";
import { decodeFragment } from "./fragment";
import { SharedResultSchema } from "./result-schema";

const GoldenSchema = z.object({
  links: z.array(z.object({ ...SharedResultSchema.shape, name: z.string(), fragment: z.string() })),
});
const golden = GoldenSchema.parse(
  JSON.parse(readFileSync(join(process.cwd(), "e2e/fixtures/golden-links.json"), "utf8")),
);

// Links already shared must keep opening to the same answers, whatever changes later.
describe("golden links", () => {
  const catalogue = loadCatalogue();
  it.each(golden.links.map((l) => [l.name, l] as const))("%s still decodes", (_name, link) => {
    const { name: _n, fragment, ...expected } = link;
    expect(decodeFragment(fragment, catalogue)).toEqual({ ok: true, value: expected });
  });
});
