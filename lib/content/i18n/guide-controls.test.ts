import { describe, expect, it } from "vitest";
import { loadPage, loadPageIn } from "../load-pages";
import { LOCALES, type Locale } from "../../i18n/locales";
import { messagesFor } from "../../i18n/messages";

// The guide names the controls a reader presses in bold, as the site shows them. A translated
// guide names each in its language's interface words: the name in English's place must be the
// translation of the same message, so a German reader finds the button the guide tells them of.

/** Every string of a language's messages, by its path of keys (plural forms each). */
function messageStrings(value: unknown, path = "", out = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") out.set(path, value);
  else if (value && typeof value === "object")
    for (const [key, inner] of Object.entries(value)) messageStrings(inner, path ? `${path}.${key}` : key, out);
  return out;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A message as a name on screen: its placeholders filled with anything ("Go on to {title}"). */
const shown = (message: string, name: string) =>
  new RegExp(
    `^${message
      .split(/\{\w+\}/)
      .map(escape)
      .join(".+?")}$`,
  ).test(name);

/**
 * How a name is made of messages: one message ("Copy link"), or a label and its hint beside it
 * ("Organisation" + "(optional)"), as paths of keys. None for emphasis that is not a control.
 */
function madeOf(name: string, messages: Map<string, string>): string[][] {
  const ways: string[][] = [];
  for (const [path, text] of messages) {
    // A message of placeholders alone ("{name} {value}") would match any name.
    if (text.replace(/\{\w+\}|\s/g, "").length < 3) continue;
    if (shown(text, name)) ways.push([path]);
    else if (name.startsWith(`${text} `))
      for (const [hint, rest] of messages) if (`${text} ${rest}` === name) ways.push([path, hint]);
  }
  return ways;
}

const bold = (body: string) => [...body.matchAll(/\*\*([^*]+)\*\*/g)].map((m) => m[1] ?? "");

describe.each(LOCALES.filter((l): l is Exclude<Locale, "en"> => l !== "en"))("the guide in %s", (locale) => {
  const english = bold(loadPage("guide").body);
  const translated = bold(loadPageIn(locale, "guide").body);
  const [en, tr] = [messageStrings(messagesFor("en")), messageStrings(messagesFor(locale))];

  it("names every control in bold where the English does", () => {
    expect(translated.length).toBe(english.length);
  });

  it("names each control as the language's interface shows it", () => {
    const wrong = english.flatMap((name, i) => {
      const ways = madeOf(name, en);
      const said = translated[i] ?? "";
      const fits = ways.some((paths) =>
        paths.length === 1
          ? shown(tr.get(paths[0]!) ?? "", said)
          : paths.map((p) => tr.get(p) ?? "").join(" ") === said,
      );
      if (ways.length === 0 || fits) return [];
      const expected = [...new Set(ways.map((paths) => paths.map((p) => tr.get(p)).join(" ")))];
      return [
        `**${said}** where the interface says ${expected.map((e) => `“${e}”`).join(" or ")} (English **${name}**)`,
      ];
    });
    expect(wrong).toEqual([]);
  });

  it("checks most of the guide's names: they are the interface's", () => {
    // Emphasis that is not a control ("On a phone") and content's names (an assessment's title)
    // are not messages; every other bold name is, so most are checked.
    const checked = english.filter((name) => madeOf(name, en).length > 0);
    expect(checked.length).toBeGreaterThan(english.length * 0.9);
  });
});
