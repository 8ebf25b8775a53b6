import { describe, expect, it } from "vitest";
import { bodyProblems } from "./mdx-parity";

const english = `Intro with a [link](/journey/) and more.

## First heading

<Callout title="A quick check">
Text inside.
</Callout>

## Second heading

<StageLadder highlight="4" />

See the [sources](/sources/#seybold) and <a href="/blunders/">the check</a>.
`;

/** The English with its words changed and its structure kept, as a translation holds it. */
const translated = `Einleitung mit einem [Link](/journey/) und mehr.

## Erste Überschrift

<Callout title="Eine schnelle Prüfung">
Text darin.
</Callout>

## Zweite Überschrift

<StageLadder highlight="4" />

Siehe die [Quellen](/sources/#seybold) und <a href="/blunders/">den Check</a>.
`;

describe("an MDX body's translation", () => {
  it("may change every word, a component's text attributes included", () => {
    expect(bodyProblems(english, translated)).toEqual([]);
  });

  it("fails when a heading is dropped or changes level", () => {
    expect(bodyProblems(english, translated.replace("## Zweite Überschrift\n", ""))).toEqual([
      "body: 1 headings where the English has 2: keep each, in its order (## First heading; ## Second heading)",
    ]);
    expect(bodyProblems(english, translated.replace("## Erste", "### Erste"))).toEqual([
      "body: heading 1 is ### Erste Überschrift where the English has ## First heading: keep the English's headings, in its order",
    ]);
  });

  it("fails when a component is dropped or shows something else", () => {
    expect(bodyProblems(english, translated.replace('highlight="4"', 'highlight="5"'))).toEqual([
      `body: component 2 is <StageLadder highlight="5"> where the English has <StageLadder highlight="4">: keep the English's components, in its order`,
    ]);
    expect(bodyProblems(english, translated.replace('<StageLadder highlight="4" />', ""))).toEqual([
      `body: 1 components where the English has 2: keep each, in its order (<Callout title>; <StageLadder highlight="4">)`,
    ]);
  });

  it("takes a link within the page to the translated heading in the English heading's place", () => {
    const [en, de] = [
      `${english}\nBack to [the first](#first-heading).\n`,
      `${translated}\nZurück zur [ersten](#erste-uberschrift).\n`,
    ];
    expect(bodyProblems(en, de)).toEqual([]);
    expect(bodyProblems(en, de.replace("#erste-uberschrift", "#first-heading"))).toEqual([
      "body: link 4 is #first-heading, which no heading of the page has as its id where the English has #first-heading (heading 1): keep the English's links, in its order",
    ]);
    expect(bodyProblems(en, de.replace("#erste-uberschrift", "#zweite-uberschrift"))).toEqual([
      "body: link 4 is #zweite-uberschrift (heading 2) where the English has #first-heading (heading 1): keep the English's links, in its order",
    ]);
  });

  it("fails when a link goes elsewhere, and when a placeholder changes", () => {
    expect(bodyProblems(english, translated.replace("/sources/#seybold", "/sources/"))).toEqual([
      "body: link 2 is /sources/ where the English has /sources/#seybold: keep the English's links, in its order",
    ]);
    expect(bodyProblems(english, `${translated}\n{count}`)).toEqual([
      "body: placeholders {count} where the English has none: keep each one exactly",
    ]);
  });
});
