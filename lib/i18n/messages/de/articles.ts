import type { ArticlesMessages } from "../en/articles";
import { plural } from "../plural";

export const articles: ArticlesMessages = {
  lead: "Die Ideen hinter den Einschätzungen, in unseren eigenen Worten und mit ihren Quellen. Jeder Artikel endet mit dem, was Sie am Montag tun können.",
  searchLabel: "Artikel durchsuchen",
  feed: "Neue Artikel erscheinen im {feed} (Atom), für jeden Feedreader.",
  feedLink: "Feed der Bibliothek",
  filterLabel: "Nach Schlagwort filtern",
  allArticles: "Alle Artikel",
  countWord: plural({ one: "Artikel", other: "Artikel" }),
  count: plural({ one: "{n} Artikel", other: "{n} Artikel" }),
  tagged: "{articles} mit dem Schlagwort „{tag}“",
  status: {
    loading: "Die Suche wird geladen …",
    failed: "Die Suche konnte nicht geladen werden, daher werden alle {scope} angezeigt.",
    matches: "{scope}, davon {shown} passend zu „{query}“",
    noMatch: "Kein Artikel passt zu „{query}“. Versuchen Sie weniger oder kürzere Wörter.",
    noMatchTagged:
      "Kein Artikel mit dem Schlagwort „{tag}“ passt zu „{query}“. Versuchen Sie weniger oder kürzere Wörter.",
  },
  minRead: "{n} Min. Lesezeit",
  tagsLabel: "Schlagwörter",
  kicker: "Artikel",
  by: "Von {editors}",
  updated: "aktualisiert am {date}",
  onThisPage: "Auf dieser Seite",
  anchor: "Link zu diesem Abschnitt: {heading}",
  mdx: {
    marked: " (hervorgehoben)",
    takeaways: "Das Wichtigste in Kürze",
    comparison: {
      label: "Kardinalfehler und Alternative",
      blunder: "Der Kardinalfehler",
      alternative: "Die „Flashpoint“-Alternative",
    },
    take: {
      heading: "Wo steht Ihre Organisation?",
      facts: "{summary} {questions}, etwa {minutes}, und Ihre Antworten bleiben in Ihrem Browser.",
      questions: plural({ one: "{n} Frage", other: "{n} Fragen" }),
      minutes: plural({ one: "{n} Minute", other: "{n} Minuten" }),
      start: "Jetzt beginnen: {title}",
      dropFromTitle: "",
    },
  },
  whereShowsUp: "Wo das in den Einschätzungen vorkommt",
  areaIn: "{area} in {assessment}",
  sources: "Quellen",
  sourcesNote: "Jede Quelle, die die Bibliothek zitiert, und was sie zitiert, steht unter {sources}.",
  related: "Verwandte Artikel",
  moreArticles: "Weitere Artikel",
  newer: "Neuer",
  older: "Älter",
  sourcesPage: {
    lead: "Jedes Werk, auf das sich die Artikel, die Empfehlungen zu den Kardinalfehlern und der Plan für den Weg stützen, einmal genannt, mit dem, was es zitiert. Wo eine Seite kein Datum nennt, steht im Eintrag „n.d.“ (ohne Datum); wo sich ein Original nicht finden ließ, ist der Eintrag die Seite, die es zitiert hat, und sagt das.",
    citedBy: "Zitiert von:",
  },
};
