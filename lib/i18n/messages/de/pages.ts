import type { PagesMessages } from "../en/pages";
import { plural } from "../plural";

export const pages: PagesMessages = {
  meta: {
    siteTitle: "{site}: Wie kundenzentriert ist Ihre Organisation?",
    journey: {
      title: "Der Weg: sechs Stufen zur Kundenzentrierung",
      description:
        "Graham Hills sechs Stufen von produktzentriert zu kundenzentriert, die Bereiche, die die Einschätzung betrachtet, und Artikel zu jedem davon.",
    },
    blunders: {
      title: "Die fünf Kardinalfehler im Service",
      description:
        "Paul Levesques fünf Kardinalfehler im Kundenservice, die bessere Alternative zu jedem und Artikel, die tiefer gehen.",
    },
    articles: {
      title: "Artikel",
      description:
        "Ausgewählte Artikel zur Kundenzentrierung: die sechs Stufen, die fünf Kardinalfehler im Service, NPS, interne Kunden und mehr.",
    },
    tag: { title: "Artikel zu {tag}", description: "Artikel aus der Bibliothek von Outside-In zu {tag}." },
    articleImageAlt: "{title}: ein Artikel aus der Bibliothek von Outside-In",
    results: {
      title: "Ihre Ergebnisse",
      description: "Ihr Ergebnis zur Kundenzentrierung, in Ihrem Browser aus dem Link berechnet.",
    },
    compare: {
      title: "Zwei Ergebnisse vergleichen",
      description:
        "Ein früheres und ein späteres Ergebnis vergleichen: was sich bewegt hat, wie weit, und was sich nicht vergleichen lässt.",
    },
    team: {
      title: "Teamansicht",
      description:
        "Die Ergebnislinks vieler Führungskräfte zusammenführen: der Mittelwert des Teams, die Streuung und wo Führungskräfte uneins sind.",
    },
    join: {
      title: "Ihre Einladung",
      description:
        "Eine moderierende Person lädt Sie ein, Ihre Sicht auf die Kundenzentrierung Ihres Teams zu geben, vertraulich.",
    },
    scoring: {
      title: "So wird bewertet",
      description:
        "Das Modell hinter Outside-In, wie aus Antworten Stufen und Werte werden, und die Grenzen einer Selbsteinschätzung.",
    },
    sources: {
      title: "Quellen",
      description:
        "Jede Quelle, die die Bibliothek von Outside-In zitiert, jeweils einmal, mit den Artikeln und Empfehlungen, die sie zitieren.",
    },
    feedTitle: "Artikel von {site}",
    feedSubtitle:
      "Artikel zur Kundenzentrierung: die sechs Stufen, die fünf Kardinalfehler im Service und die Ideen dahinter.",
  },
  results: {
    noscript: "Die Ergebnisse werden in Ihrem Browser berechnet, daher braucht diese Seite JavaScript.",
    whatNow:
      "Wie geht es weiter? {guide} erklärt, wie Sie diesen Bericht lesen, teilen oder für sich behalten und ihn nächstes Jahr wiederholen.",
    guideLink: "Die Anleitung",
  },
  compare: {
    lead: "Fügen Sie einen früheren und einen späteren Ergebnislink ein, zum Beispiel von diesem und vom letzten Jahr. Beide werden in Ihrem Browser gelesen.",
  },
  team: {
    lead: "Bitten Sie jede Führungskraft um ihren Ergebnislink und fügen Sie die Links hier ein, einen pro Zeile. Wo Führungskräfte uneins sind, ist das selbst ein Befund. Alles wird in Ihrem Browser gelesen; nichts wird hochgeladen.",
    firstTime: "Moderieren Sie zum ersten Mal einen Workshop? {guide}, von der Einladung bis zur gedruckten Mappe.",
    guideLink: "Die Anleitung führt Schritt für Schritt durch",
  },
  home: {
    title: "Wie kundenzentriert ist Ihre Organisation wirklich?",
    lead: "Beantworten Sie Fragen dazu, was in Ihrer Organisation tatsächlich geschieht, nicht was sie sich vornimmt. Sie erhalten ein Netzdiagramm, das zeigt, wo Sie auf dem Weg von produktzentriert zu kundenzentriert stehen, Ihre Gesamtstufe und den nächsten Schritt für Ihre schwächsten Bereiche.",
    start: "Einschätzung beginnen",
    questions: plural({ one: "{n} Frage", other: "{n} Fragen" }),
    noSignUp: "ohne Anmeldung",
    twoAssessments: "Zwei Einschätzungen",
    withTeam: "Mit Ihrem Führungsteam",
    teamText:
      "Laden Sie aus der {team} die anderen Führungskräfte ein, sehen Sie, wo ihre Antworten übereinstimmen und wo sie auseinandergehen, und führen Sie den Workshop mit der Website durch. {guide} begleitet Führungskräfte und Beratende durch jeden Schritt.",
    teamLink: "Teamansicht",
    guideLink: "So nutzen Sie Outside-In",
    estimate: "etwa {minutes}, bei sorgfältigem Lesen von {pace} Wörtern pro Minute",
    minutes: plural({ one: "{n} Minute", other: "{n} Minuten" }),
    across: "{questions} in {areas}",
    areas: plural({ one: "{n} Bereich", other: "{n} Bereichen" }),
    startOne: "Beginnen",
    factsLabel: "Was Sie erwartet",
    facts: [
      {
        title: "Ihre Antworten bleiben in Ihrem Browser",
        text: "Die Auswertung geschieht auf Ihrem Gerät. Nichts wird an einen Server gesendet, auch nicht, wenn eine moderierende Person Sie einlädt, und es gibt kein Konto, kein Tracking und keine Analyse.",
      },
      {
        title: "Ein Ergebnis als Link teilen",
        text: "Das Ergebnis steckt im Link selbst. Senden Sie ihn an Kolleginnen und Kollegen, oder bewahren Sie ihn auf, um ihn mit dem nächsten Jahr zu vergleichen.",
      },
      {
        title: "Unterbrechen und weitermachen",
        text: "Ihr Fortschritt wird laufend in diesem Browser gespeichert, sodass Sie den Tab schließen und später weitermachen können.",
      },
    ],
  },
};
