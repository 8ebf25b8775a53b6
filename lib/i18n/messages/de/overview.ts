import type { OverviewMessages } from "../en/overview";

export const overview: OverviewMessages = {
  journey: {
    title: "Der Weg von produktzentriert zu kundenzentriert",
    lead: "Organisationen springen selten von Produktsilos direkt dahin, um ihre Kunden herum geführt zu werden. Sie durchlaufen sechs Stufen, und jede legt eine förmlichere Ordnung um die Menschen, die für einen Kunden Leistung erbringen.",
    start: "Die Einschätzung zum Weg beginnen",
    stagesTitle: "Die sechs Stufen",
    stage: "Stufe {n}",
    teachesTitle: "Was das Modell lehrt",
    teaches: {
      promise:
        "Behalten Sie das Versprechen im Blick, das Sie Ihren Kunden geben: Jede Stufe dient dazu, es gemeinsam einzulösen.",
      named:
        "Wo Menschen nicht aus Gewohnheit zusammenarbeiten, kann eine namentlich benannte Person mit formeller Zuständigkeit sie dazu bringen.",
      accountability: "Verantwortung für den Kunden ist es, die eine Organisation von einer Stufe zur nächsten bringt.",
      next: "Die eigene Stufe und die nächste zu kennen, nützt mehr, als den Blick auf die letzte zu heften.",
    },
    areasTitle: "Die {n} Bereiche, die die Einschätzung betrachtet",
    areasLead:
      "Die Einschätzung ordnet jeden Bereich für sich auf den sechs Stufen ein, denn Organisationen bewegen sich ungleichmäßig: Die Struktur kann auf Stufe 4 stehen, während die Messung noch auf Stufe 2 ist.",
    findStage: "Ihre Stufe finden",
  },
  blunders: {
    title: "Die fünf Kardinalfehler im Service",
    lead: "Fünf Gewohnheiten, in die wohlmeinende Organisationen verfallen, wenn der Service enttäuscht. Jede fühlt sich wie das Verantwortungsvolle an, und zu jeder gibt es eine bessere Alternative.",
    credit:
      "Die Kardinalfehler und ihre Alternativen der „Flashpoint“-Unternehmen stammen aus Paul Levesques Buch {book}. Die Beschreibungen hier sind in unseren eigenen Worten.",
    start: "Den Kardinalfehler-Check machen",
    looksLike: "Woran man ihn erkennt",
    alternative: "Die Alternative der „Flashpoint“-Unternehmen",
    competenceTitle: "Eine Kompetenz, nicht fünf Reparaturen",
    competence:
      "Die Kardinalfehler zu vermeiden, ist nicht allein Sache der Serviceabteilung. Levesque versteht Kundenorientierung als Kompetenz der ganzen Organisation, in der Führung, Prozesse und Mitarbeitende in dieselbe Richtung weisen. Ein Kardinalfehler in einem davon macht gute Arbeit in den anderen leicht zunichte.",
    checkAgain: "Ihre Organisation auf die Kardinalfehler prüfen",
  },
  start: {
    facts: "{questions} · {estimate} · Antworten bleiben in Ihrem Browser",
    questions: "{n} Fragen",
  },
  articles: {
    readMore: "Weiterlesen",
    on: "Artikel zu {tag}",
    all: "Alle {n} Artikel zu {tag}",
  },
};
