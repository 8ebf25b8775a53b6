import type { ReportMessages } from "../en/report";
import { plural } from "../plural";

export const report: ReportMessages = {
  view: {
    reading: "Ihr Ergebnis wird gelesen …",
    printedEarly:
      "Diese Seite wurde gedruckt, bevor Ihr Bericht aus seinem Link aufgebaut war, daher enthält sie keinen Bericht. Schließen Sie die Druckvorschau, warten Sie, bis der Bericht auf dem Bildschirm erscheint, und drucken Sie dann erneut.",
    cannotShow: "Dieses Ergebnis kann nicht angezeigt werden",
    takeJourney: "Die Selbsteinschätzung zum Weg ausfüllen",
    home: "Zur Startseite",
  },
  printedOn: "Gedruckt am {date} von Outside-In.",
  sections: {
    since: "Veränderung seit dem letzten Mal",
    plan: "Ihr Plan",
    journeyHint: "Stufen, Zielstufen und wie sicher jede ist, und Ihre Antworten, Bereich für Bereich",
    blundersHint: "Jeder Kardinalfehler, seine Alternative und die Antworten, die auf ihn hindeuten",
    relation: "Wie die beiden Ergebnisse zusammenhängen",
    relationHint: "Welche Kardinalfehler welche Bereiche bremsen könnten",
    share: "Drucken, herunterladen oder teilen",
    shareHint: "Das Ergebnis benennen, seinen Link kopieren, es mit einem früheren vergleichen",
  },
  summary: {
    title: "Zusammenfassung",
    overallStage: "Gesamtstufe",
    notPlaced: "Zu wenige Antworten, um die Organisation einer Stufe zuzuordnen.",
    overallAvoidance: "Vermeidung insgesamt",
    noOverall: "Zu wenige Antworten für einen Gesamtwert.",
    priorities: "Ihre drei Prioritäten",
    hold: "Halten Sie den Stand: die Zielstufe ist bereits erreicht.",
    seePlan: plural({ one: "Zu Ihrem Plan: {n} Schritt", other: "Zu Ihrem Plan: {n} Schritte" }),
  },
  stages: { label: "Die sechs Stufen", here: "Sie sind hier", next: "Nächste Stufe" },
  table: {
    area: "Bereich",
    answered: "Beantwortet",
    answeredOf: "{answered} von {total}",
    dontKnow: "({n} × „Weiß nicht“)",
    now: "Jetzt",
    target: "Zielstufe",
    gap: "Abstand",
  },
  benchmark: {
    title: "Im Vergleich mit {n} Führungskräften aus {name}",
    caption: "Perzentil je Bereich: der Anteil dieser Führungskräfte mit einem niedrigeren Wert",
    percentile: "Perzentil",
    scrollLabel: "Perzentil je Bereich unter den Führungskräften aus {name}",
  },
  blunders: {
    caption: "Vermeidung je Kardinalfehler, auf der Skala von 0 (der Kardinalfehler liegt vor) bis 100 (vermieden)",
    avoidance: "Vermeidung",
    listTitle: "Jeder Kardinalfehler und seine Alternative",
    looksLike: "Woran man ihn erkennt:",
    alternative: "Die „Flashpoint“-Alternative:",
    inYourOrganisation: "In Ihrer Organisation:",
    yourAnswers: "Ihre Antworten, die auf diesen Kardinalfehler hindeuten.",
  },
  combined: {
    noneAtRisk:
      "Keiner der Kardinalfehler ist in diesem Ergebnis ein Risiko, also sind es kaum Gewohnheiten, die den Weg bremsen.",
  },
  journey: {
    caption:
      "Stufe je Bereich: jetzt, Zielstufe und Abstand, auf der Skala von 1 (produktzentriert) bis 6 (kundenzentriert)",
    agreeBefore: "Unter jeder Stufe steht, wie weit Ihre eigenen Antworten in diesem Bereich übereinstimmen;",
    agreeLink: "Wie die Auswertung funktioniert",
    agreeAfter: "erklärt, wie das entscheidet, ob eine spätere Veränderung als Fortschritt zählt.",
    answersTitle: "Ihre Antworten, Bereich für Bereich",
    answersIntro: "Die Grundlage jedes Werts: was heute laut Ihnen geschieht, und die Stufe, die es zeigt.",
    dontKnow: "Weiß nicht",
    notAnswered: "Nicht beantwortet",
  },
  notes: {
    note: "Notiz: ",
    title: "Ihre Notizen",
    inLink: plural({
      one: "Dieser Link enthält {n} Notiz: Wer den Link hat, kann sie lesen.",
      other: "Dieser Link enthält {n} Notizen: Wer den Link hat, kann sie lesen.",
    }),
    kept: plural({
      one: "{n} Notiz ist nur in diesem Browser gespeichert. Wenn Sie sie in den Link aufnehmen, kann jeder sie lesen, der den Link hat.",
      other:
        "{n} Notizen sind nur in diesem Browser gespeichert. Wenn Sie sie in den Link aufnehmen, kann jeder sie lesen, der den Link hat.",
    }),
    remove: "Meine Notizen aus dem Link nehmen",
    include: "Meine Notizen in den Link aufnehmen",
    tooLong:
      "Mit den Notizen wäre der Link länger als die {max} Zeichen, die die Website liest, daher bleiben sie in diesem Browser. Kürzen Sie bei einer Wiederholung einige Notizen, um sie zu teilen.",
    included: "Der Link enthält jetzt Ihre Notizen. Kopieren Sie ihn erneut, um diese Fassung zu teilen.",
    removed: "Der Link enthält Ihre Notizen nicht mehr. Früher kopierte Links enthalten sie weiterhin.",
    before: "Notiz vorher: ",
    now: "Notiz jetzt: ",
  },
  other: {
    title: "Das Bild vervollständigen",
    intro:
      "Die beiden Selbsteinschätzungen erklären einander: Die Kardinalfehler zeigen oft, warum eine Stufe stockt. Ein Bericht mit beiden sagt, wie sie zusammenhängen.",
    size: "{questions} Fragen, etwa {minutes} Minuten.",
    add: "Ihr Ergebnis vom {date} hinzufügen",
    start: "Die andere Selbsteinschätzung beginnen",
  },
  actions: {
    copied: "Link kopiert. Wer ihn hat, sieht diesen Bericht; sonst wird nichts geteilt.",
    blocked: "Der Browser hat das Kopieren blockiert. Kopieren Sie stattdessen die Adresse aus der Adressleiste.",
    print: "Drucken oder als PDF speichern",
    copy: "Link kopieren",
    json: "JSON herunterladen",
    csv: "CSV herunterladen",
  },
  retake: {
    title: "Später wiederholen",
    intro:
      "Beginnen Sie in einigen Monaten erneut mit diesen Antworten: Sie ändern nur, was sich geändert hat, und der neue Bericht zeigt, was sich seit diesem bewegt hat.",
    button: "Mit diesen Antworten wiederholen",
  },
  share: {
    title: "Dieses Ergebnis benennen und teilen",
    role: "Ihre Rolle oder Ihr Name",
    org: "Organisation",
    orgInProblem: "Die Organisation",
    optional: "(optional)",
    add: "Zum Link hinzufügen",
    saved: "Der Link enthält jetzt diese Namen. Kopieren Sie ihn erneut, um die neue Fassung zu teilen.",
    shareTitle: "Outside-In-Ergebnis",
    privacy: "Namen stehen nur im Link. Jede Person, der Sie den Link senden, sieht sie.",
    share: "Teilen …",
    compare: "Mit einem früheren Ergebnis vergleichen",
  },
  since: {
    byArea: "Veränderung je Bereich: {scale}",
    nothing:
      "Das frühere Ergebnis enthält keine der Selbsteinschätzungen dieses Ergebnisses, daher gibt es nichts zu vergleichen.",
    unmatched: "Nur in einem der beiden Ergebnisse, daher nicht verglichen: {names}.",
  },
  moved: {
    none: "Keine Antwort hat sich geändert",
    some: plural({ one: "{n} Antwort hat sich geändert", other: "{n} Antworten haben sich geändert" }),
    label: "Geänderte Antworten",
    before: "Vorher:",
    after: "Nachher:",
  },
  targetsReached: "Erreichte Zielstufen",
  targets: {
    legend: "Zielstufen: wohin jeder Bereich kommen soll",
    intro:
      "Jede beginnt eine Stufe über dem Stand des Bereichs, sofern keine gewählt wurde: Eine Wiederholung behält die beim letzten Mal gesetzten Zielstufen. Ändern Sie eine, und der Plan, das Netzdiagramm und der Link folgen. Markieren Sie, wie wichtig ein Bereich jetzt ist, und der Plan beginnt mit dem, was für Ihre Strategie entscheidend ist.",
    now: "jetzt {figure}",
  },
  printLink: {
    region: "Der Link dieses Berichts",
    open: "Diesen Bericht öffnen:",
    code: "QR-Code des Links dieses Berichts",
    noCode:
      "Dieser Link ist zu lang für einen QR-Code: Tippen oder kopieren Sie die Adresse unten, um den Bericht zu öffnen.",
    noNotes:
      "Der Link ist mit seinen Notizen zu lang für einen QR-Code: Der Code öffnet dasselbe Ergebnis ohne sie. Die Adresse unten enthält die Notizen.",
    noNamesOrNotes:
      "Der Link ist mit seinen Notizen und Namen zu lang für einen QR-Code: Der Code öffnet dasselbe Ergebnis ohne sie.",
    noNames: "Der Link ist mit seinen Namen zu lang für einen QR-Code: Der Code öffnet dasselbe Ergebnis ohne sie.",
  },
};
