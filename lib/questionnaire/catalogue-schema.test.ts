import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "../zod";
import { loadCatalogue } from "../content/assessments/load-questionnaires";
import { readCatalogue } from "./catalogue-schema";
import { forBrowser } from "./for-browser";
import { QuestionnaireSchema } from "./schema";

// `npm run fuzz` runs twenty times as many cases.
const RUNS = import.meta.env.MODE === "fuzz" ? 10_000 : 500;

/** The catalogue as the browser receives it: the build's JSON (app/questionnaires.json), parsed. */
const file = JSON.stringify(loadCatalogue().map(forBrowser));
const served = (): unknown => JSON.parse(file);
/** The catalogue as content/ holds it, translators' notes included: every field a file may have. */
const whole = JSON.stringify(loadCatalogue());
/** What the build itself accepts: the content schema, full zod, cross-field rules and all. */
const buildAccepts = (data: unknown) => z.array(QuestionnaireSchema).safeParse(data).success;

type Path = (string | number)[];

/** Every place in a JSON tree, the root included. */
function pathsIn(value: unknown, path: Path = []): Path[] {
  const inner = Array.isArray(value)
    ? value.flatMap((v, i) => pathsIn(v, [...path, i]))
    : typeof value === "object" && value !== null
      ? Object.entries(value).flatMap(([k, v]) => pathsIn(v, [...path, k]))
      : [];
  return [path, ...inner];
}

type Mutation =
  | { op: "delete" }
  | { op: "replace"; value: unknown }
  | { op: "add"; key: string; value: unknown }
  | { op: "blank" }
  | { op: "stretch" }
  | { op: "copy" };

/** Applies one mutation at `path` to a fresh copy of the served catalogue (or of `json`). */
function mutated(path: Path, mutation: Mutation, json: string = file): unknown {
  const root = { value: JSON.parse(json) };
  let parent: unknown = root;
  let key: string | number = "value";
  for (const step of path) {
    parent = Reflect.get(Object(parent), key);
    key = step;
  }
  const holder: unknown = Reflect.get(Object(parent), key);
  if (mutation.op === "delete") {
    if (Array.isArray(parent) && typeof key === "number") parent.splice(key, 1);
    else Reflect.deleteProperty(Object(parent), key);
  } else if (mutation.op === "replace") Reflect.set(Object(parent), key, mutation.value);
  else if (mutation.op === "blank") Reflect.set(Object(parent), key, typeof holder === "string" ? " \u200B " : "");
  else if (mutation.op === "stretch" && typeof holder === "string") Reflect.set(Object(parent), key, holder.repeat(41));
  else if (mutation.op === "add" && typeof holder === "object" && holder !== null)
    Reflect.set(holder, mutation.key, mutation.value);
  else if (mutation.op === "copy" && Array.isArray(parent) && typeof key === "number") parent.push(holder);
  return root.value;
}

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.constant({ op: "delete" as const }),
  fc.jsonValue({ maxDepth: 2 }).map((value) => ({ op: "replace" as const, value })),
  fc.record({ op: fc.constant("add" as const), key: fc.string(), value: fc.jsonValue({ maxDepth: 1 }) }),
  fc.constant({ op: "blank" as const }),
  fc.constant({ op: "stretch" as const }),
  fc.constant({ op: "copy" as const }),
);

describe("readCatalogue, the carried catalogue's check", () => {
  it("reads the catalogue the build writes, whole and unchanged", () => {
    const read = readCatalogue(served());
    expect(read.ok).toBe(true);
    if (read.ok) expect(read.value).toEqual(loadCatalogue().map(forBrowser));
  });

  it("gives the build's verdict on every kind of field, each changed every way", () => {
    // One path per field of each questionnaire (the first question stands for all of them),
    // taken from the content itself so that fields the served file leaves out are checked too.
    const fields = new Map(
      pathsIn(JSON.parse(whole)).map((p) => [p.map((k, i) => (i > 0 && typeof k === "number" ? "*" : k)).join("/"), p]),
    );
    const changes: Mutation[] = [
      { op: "delete" },
      { op: "blank" },
      { op: "stretch" },
      { op: "copy" },
      { op: "add", key: "extra", value: 1 },
      ...[null, 0, 1.5, -1, 7, "x", "stages", [], {}].map((value) => ({ op: "replace" as const, value })),
    ];
    for (const path of fields.values()) {
      for (const change of changes) {
        const data = mutated(path, change, whole);
        expect({ path, change, ok: readCatalogue(data).ok }).toEqual({ path, change, ok: buildAccepts(data) });
      }
    }
  });

  it("gives the build's verdict on random mutations of the real catalogue", () => {
    const paths = pathsIn(served());
    fc.assert(
      fc.property(fc.nat({ max: paths.length - 1 }), mutation, (at, change) => {
        const data = mutated(paths[at] ?? [], change);
        expect(readCatalogue(data).ok).toBe(buildAccepts(data));
      }),
      { numRuns: RUNS },
    );
  });

  it("refuses anything else without throwing, and accepts only what the build would", () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.jsonValue(), fc.array(fc.jsonValue())), (data) => {
        const read = readCatalogue(data);
        if (read.ok) expect(buildAccepts(data)).toBe(true);
        else expect(read.error).toMatch(/^the questionnaires file is not the site's own/);
      }),
      { numRuns: RUNS },
    );
  });

  it("names the field that is wrong", () => {
    const read = readCatalogue(mutated([1, "questions", 0, "text"], { op: "replace", value: 7 }));
    expect(read).toEqual({ ok: false, error: expect.stringContaining("at [1].questions[0].text") });
  });

  it("refuses what only the cross-field rules catch: a question in an area that does not exist", () => {
    const data = mutated([0, "questions", 0, "dimension"], { op: "replace", value: "no-such-area" });
    expect(readCatalogue(data)).toEqual({ ok: false, error: expect.stringContaining("unknown dimension") });
  });

  it("refuses an own __proto__ key, as JSON.parse makes one, rather than reading through it", () => {
    const text = JSON.stringify(served()).replace('"id":', '"__proto__":{"polluted":true},"id":');
    expect(readCatalogue(JSON.parse(text)).ok).toBe(false);
    expect(Reflect.get({}, "polluted")).toBeUndefined();
  });
});
