import type { ChromeMessages } from "../en/chrome";

export const chrome: ChromeMessages = {
  skipLink: "Zum Inhalt springen",
  mainNav: "Hauptmenü",
  moreNav: "Weitere Seiten",
  nav: {
    journey: { label: "Der Weg", short: "Weg" },
    blunders: { label: "Die fünf Kardinalfehler", short: "Kardinalfehler" },
    articles: { label: "Artikel", short: "Artikel" },
    scoring: { label: "Die Bewertung", short: "Bewertung" },
  },
  footer: {
    guide: "So nutzen Sie Outside-In",
    team: "Teamansicht",
    compare: "Zwei Ergebnisse vergleichen",
    about: "Über die Bibliothek",
    sources: "Quellen",
    feed: "Feed der Artikel",
    credit:
      "Beruht auf Graham Hills sechs Stufen der Kundenzentrierung und Paul Levesques fünf Kardinalfehlern im Service.",
  },
  languages: "Sprache",
  preview:
    "Diese Übersetzung ist noch nicht fertig. Einzelne Wörter können sich noch ändern, und Suchmaschinen führen sie nicht.",
  offer: "Diese Seite gibt es auch auf Deutsch.",
  offerSwitch: "Auf Deutsch lesen",
  offerStay: "Auf Deutsch bleiben",
  inEnglish: "auf Englisch",
  untranslated: "Diese Seite ist noch nicht übersetzt und wird daher auf Englisch gezeigt.",
  translations: { footer: "Übersetzungen", notice: "So wurde übersetzt" },
  notFound: {
    title: "Seite nicht gefunden",
    lead: "Unter dieser Adresse gibt es keine Seite. Vielleicht ist sie umgezogen, oder der Link enthält einen Tippfehler.",
    home: "Zur Startseite",
    journey: "Die Einschätzung zum Weg beginnen",
  },
};
