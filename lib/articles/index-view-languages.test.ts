import { describe, expect, it } from "vitest";
import { messagesFor } from "../i18n/messages";
import { describeList, readListWords } from "./index-view";

const base = { status: "ready" as const, query: "", shown: 17, inTag: 17, total: 17 };
const cases = [
  { query: "churn", shown: 4 },
  { query: "churn", tagName: "Preis", inTag: 3, shown: 1 },
  { query: "zzz", shown: 0 },
  { query: "zzz", tagName: "Preis", inTag: 3, shown: 0 },
  { query: "churn", status: "loading" as const },
  { query: "churn", status: "failed" as const },
];
const SAID = {
  de: [
    "17 Artikel, davon 4 passend zu „churn“",
    "3 Artikel mit dem Schlagwort „Preis“, davon 1 passend zu „churn“",
    "Kein Artikel passt zu „zzz“. Versuchen Sie weniger oder kürzere Wörter.",
    "Kein Artikel mit dem Schlagwort „Preis“ passt zu „zzz“. Versuchen Sie weniger oder kürzere Wörter.",
    "Die Suche wird geladen …",
    "Die Suche konnte nicht geladen werden, daher werden alle 17 Artikel angezeigt.",
  ],
  fr: [
    "4 sur 17 articles correspondent à « churn »",
    "1 sur 3 articles sur le thème « Preis » correspondent à « churn »",
    "Aucun article ne correspond à « zzz ». Essayez des mots moins nombreux ou plus courts.",
    "Aucun article sur le thème « Preis » ne correspond à « zzz ». Essayez des mots moins nombreux ou plus courts.",
    "Chargement de la recherche…",
    "La recherche n’a pas pu se charger : voici donc tous les 17 articles.",
  ],
  es: [
    "4 de 17 artículos coinciden con «churn»",
    "1 de 3 artículos sobre «Preis» coinciden con «churn»",
    "Ningún artículo coincide con «zzz». Pruebe con menos palabras o más cortas.",
    "Ningún artículo sobre «Preis» coincide con «zzz». Pruebe con menos palabras o más cortas.",
    "Cargando la búsqueda…",
    "La búsqueda no se pudo cargar, así que se muestran los 17 artículos.",
  ],
} as const;
const ENGLISH = ["match", "matches", "Try fewer", "Loading the search", "Search could not load", "tagged"];

describe("the library's status line once a search starts, in the page's language", () => {
  it.each(["de", "fr", "es"] as const)("in %s, from the words the page writes beside the list", (locale) => {
    const { articles } = messagesFor(locale);
    // The script reads the words back from the status element, as the page wrote them.
    const said = readListWords(
      JSON.stringify({ count: articles.count, tagged: articles.tagged, status: articles.status }),
      locale,
    );
    if (!said) throw new Error("the page's words did not read back");
    const lines = cases.map((c) => describeList({ ...base, ...c }, said.words, said.locale));
    expect(lines).toEqual(SAID[locale]);
    for (const line of lines) for (const english of ENGLISH) expect(line).not.toContain(english);
  });

  it("is not started on words that are missing or not words", () => {
    const { articles } = messagesFor("de");
    const good = { count: articles.count, tagged: articles.tagged, status: articles.status };
    expect(readListWords(undefined, "de")).toBeNull();
    expect(readListWords(JSON.stringify(good), "xx")).toBeNull();
    expect(readListWords(JSON.stringify({ ...good, count: "{n}" }), "de")).toBeNull();
    expect(readListWords(JSON.stringify({ ...good, status: { ...good.status, matches: 3 } }), "de")).toBeNull();
  });
});
