import fc from "fast-check";
import { describe, expect, expectTypeOf, it } from "vitest";
import { inlineJson } from "../site/inline-json";
import { parseJsonObject, type JsonSafe } from "./json";

describe("JsonSafe", () => {
  it("is the type itself for values JSON keeps", () => {
    type Props = { title: string; count: number; on: boolean; none: null; help?: string; list: { id: string }[] };
    expectTypeOf<JsonSafe<Props>>().toEqualTypeOf<{
      title: string;
      count: number;
      on: boolean;
      none: null;
      help?: string;
      list: readonly { id: string }[];
    }>();
  });

  it("puts never where JSON would change a value", () => {
    expectTypeOf<JsonSafe<{ when: Date }>>().toEqualTypeOf<{ when: never }>();
    expectTypeOf<JsonSafe<{ onPick: () => void }>>().toEqualTypeOf<{ onPick: never }>();
    expectTypeOf<JsonSafe<{ seen: Set<string> }>>().toEqualTypeOf<{ seen: never }>();
    expectTypeOf<JsonSafe<{ big: bigint }>>().toEqualTypeOf<{ big: never }>();
  });
});

describe("island props in a page", () => {
  it("read back as written, for any JSON object (property)", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (props) => {
        // JSON cannot tell -0 from 0; no prop of ours is -0, and the comparison below would.
        const written = JSON.parse(JSON.stringify(props));
        expect(parseJsonObject(inlineJson(props))).toEqual(written);
      }),
      { numRuns: 2000 },
    );
  });

  it("never end the script element early, whatever the strings hold (property)", () => {
    const tricky = fc.constantFrom("</script>", "<!--", "]]>", "\u2028", "\u2029", "&amp;", "<script>");
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.string(), tricky)), (parts) => {
        const text = inlineJson({ text: parts.join("") });
        expect(text).not.toMatch(/<|>|\u2028|\u2029/);
      }),
    );
  });

  it.each([
    ["nothing", null],
    ["empty text", ""],
    ["broken JSON", "{not json"],
    ["an array", "[1,2]"],
    ["a string", '"props"'],
    ["null", "null"],
  ])("read as null from %s, without throwing", (_name, text) => {
    expect(parseJsonObject(text)).toBeNull();
  });
});
