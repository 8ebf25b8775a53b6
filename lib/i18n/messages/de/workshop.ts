import type { WorkshopMessages } from "../en/workshop";
import { plural } from "../plural";

export const workshop: WorkshopMessages = {
  slideTitle: "Die Sicht des Teams",
  slideSubtitle: "{leaders} · {date}",
  slidePart: "{title} ({n} von {of})",
  slideFindings: "Was die Antworten sagen: {title}",
  slideSpread: "Die Streuung pro Bereich: {title}",
  slideGrid: "Wer was sieht",
  slideGridOf: "Wer was sieht: {title}",
  slideTooMany: plural({
    one: "{n} Führungskraft ist zu viel, um sie einzeln auf einer Folie zu zeigen. Die Streuung pro Bereich zeigt jede von ihnen; das Raster steht in der Teamansicht.",
    other:
      "{n} Führungskräfte sind zu viele, um sie einzeln auf einer Folie zu zeigen. Die Streuung pro Bereich zeigt jede von ihnen; das Raster steht in der Teamansicht.",
  }),
  slideDisputed: "Wo die Führungskräfte am meisten uneins sind",
  slideRecommendations: "Was das Team als Nächstes tun könnte",
  slideActions: "Vereinbarte Maßnahmen",
  action: "Maßnahme",
  owner: "Verantwortlich",
  due: "Fällig",

  presentMode: "Präsentationsmodus",
  presentation: "Präsentation",
  previous: "← Zurück",
  next: "Weiter →",
  position: "{n} von {of}",
  showNames: "Namen zeigen",
  leave: "Beenden (Esc)",
  letterName: "Führungskraft {letter}",

  evidenceEach:
    "Jeder Punkt ist eine Führungskraft; die Linie ist der Median des Teams, die schattierte Spanne reicht bis {far} um ihn herum",
  evidenceCamps: "{each}. Die beiden Lager liegen {distance} auseinander.",
  evidenceFar: "{each}. Markierte Punkte liegen {far} oder mehr vom Median entfernt.",
  evidenceStandsOut: "{each}. Der markierte Punkt liegt {far} oder mehr vom Median entfernt.",
  evidenceMiddle: "{each}. Das umrandete Band ist die mittlere Hälfte des Teams.",
  evidenceAgree: "{each}: Jeder Punkt liegt darin.",
  campLabel: "{n} bei {span}",
  marks: { low: "weit darunter", high: "weit darüber", "camp-low": "unteres Lager", "camp-high": "oberes Lager" },
  dotCount: "{n} Führungskräfte bei {value}{mark}",
  dotLeader: "{name} {value}{mark}",
  dotMark: " ({mark})",
  evidenceArea: "Bereich",
  evidenceMedian: "Median",
  evidenceEachLeader: "Jede Führungskraft",

  overTimeTitle: "Das Team im Zeitverlauf",
  earlierLabel: "Ein früherer Teamlink, etwa der vom letzten Jahr",
  compare: "Mit diesem Team vergleichen",
  noEarlierLinks: "Im früheren Teamlink wurden keine Ergebnislinks gefunden.",
  agreedLastTime: "Beim letzten Mal vereinbart",
  agreedBy: "bis {due}",
  then: "Damals: Mittelwert (Streuung)",
  now: "Jetzt: Mittelwert (Streuung)",
  changeInMean: "Veränderung des Mittelwerts",
  changeInSpread: "Veränderung der Streuung",
  nothingInCommon: "Die beiden Teams haben keine gemeinsame Erhebung, es gibt also nichts zu vergleichen.",
  areaAt: "{mean} (mittlere Hälfte {iqr} breit)",
  agreeMore: "{change} (mehr Einigkeit)",
  agreeLess: "{change} (weniger Einigkeit)",
  changeCaption: "{title}: damals {before}, jetzt {after}; insgesamt {from} → {to} ({change})",

  actionsTitle: "Vereinbarte Maßnahmen",
  actionsNone: "Noch keine. Halten Sie fest, was der Raum vereinbart, wer es tut und bis wann.",
  actionsCaption: "Vereinbarte Maßnahmen, nach Fälligkeit",
  about: "Betrifft",
  remove: "Entfernen",
  removeLabel: "Entfernen: {action}",
  addAction: "Maßnahme hinzufügen",
  actionAdded: "Maßnahme hinzugefügt: {action}.",
  actionRemoved: "Maßnahme entfernt: {action}.",
  downloadActions: "Die Maßnahmen herunterladen (CSV)",
  addToCalendar: "Die Fälligkeiten in einen Kalender übernehmen (.ics)",
  chooseAbout: "Wählen Sie, was die Maßnahme betrifft.",
  tooManyActions: "Ein Teamlink enthält höchstens {max} Maßnahmen.",
  writeWhat: "Schreiben Sie, was getan wird.",
  actionTooLong:
    "Halten Sie die Maßnahme unter {max} Zeichen (diese hat {n}): Sagen Sie in ein, zwei Sätzen, was getan wird.",
  ownerInvisible:
    "Die verantwortliche Person besteht nur aus leeren oder unsichtbaren Zeichen (etwa Leerzeichen ohne Breite oder Füllzeichen) und würde als nichts erscheinen. Schreiben Sie sie mit Buchstaben oder Ziffern.",
  nameOwner: "Nennen Sie, wer es tut: eine Person oder eine Rolle.",
  ownerTooLong: "Halten Sie die verantwortliche Person unter {max} Zeichen.",
  chooseDue: "Wählen Sie das Datum, bis zu dem es fällig ist.",
  dueRange: "Wählen Sie ein Fälligkeitsdatum zwischen {from} und {to}.",
  cannotSave: "Diese Maßnahme kann nicht gespeichert werden.",
  actionsDamaged: plural({
    one: "{n} Maßnahme in diesem Teamlink ist beschädigt und wurde weggelassen.",
    other: "{n} Maßnahmen in diesem Teamlink sind beschädigt und wurden weggelassen.",
  }),
  actionsCut: plural({
    one: "{n} Maßnahme in diesem Teamlink ist länger als {max} Zeichen: Sie wird gekürzt gezeigt, mit „…“ an der Schnittstelle.",
    other:
      "{n} Maßnahmen in diesem Teamlink sind länger als {max} Zeichen: Sie werden gekürzt gezeigt, mit „…“ an der Schnittstelle.",
  }),
  actionsBlank: plural({
    one: "Bei {n} Maßnahme erscheint die verantwortliche Person als nichts (nur unsichtbare Zeichen) und bleibt deshalb leer.",
    other:
      "Bei {n} Maßnahmen erscheint die verantwortliche Person als nichts (nur unsichtbare Zeichen) und bleibt deshalb leer.",
  }),
  actionsFarOff: plural({
    one: "{n} Maßnahme in diesem Teamlink ist außerhalb von {from}–{to} fällig ({dates}) und wurde deshalb weggelassen.",
    other:
      "{n} Maßnahmen in diesem Teamlink sind außerhalb von {from}–{to} fällig ({dates}) und wurden deshalb weggelassen.",
  }),
  actionsNewer: plural({
    one: "{n} Maßnahme wurde im Maßnahmenformat {formats} geschrieben, von einer neueren Version von Outside-In als dieser (sie liest Format {format}), und kann hier nicht gezeigt werden.",
    other:
      "{n} Maßnahmen wurden im Maßnahmenformat {formats} geschrieben, von einer neueren Version von Outside-In als dieser (sie liest Format {format}), und können hier nicht gezeigt werden.",
  }),
  actionsTooMany: plural({
    one: "Nur die ersten {max} Maßnahmen werden gelesen; {n} weitere wurde weggelassen.",
    other: "Nur die ersten {max} Maßnahmen werden gelesen; {n} weitere wurden weggelassen.",
  }),
  noOwner: "niemand benannt",
  aboutArea: "{area} ({title})",
  aboutQuestion: "„{question}“ ({title})",
  choiceQuestion: "Frage: {question}",
  actionsCsv: { action: "Maßnahme", owner: "Verantwortlich", due: "Fällig", about: "Betrifft" },
  icsOwner: "Verantwortlich: {owner}",
  icsAbout: "Betrifft: {about}",
  icsTeam: "Team: {team}",

  whoAnsweredTitle: "Wer schon geantwortet hat",
  listsNoOne:
    "Diese Einladung nennt niemanden, es gibt also niemanden abzuhaken: Erstellen Sie die nächste mit den eingeladenen Namen oder Rollen.",
  answeredSoFar: plural({
    one: "Bisher geantwortet: {answered} von {n} eingeladenen Person oder Rolle.",
    other: "Bisher geantwortet: {answered} von {n} eingeladenen Personen oder Rollen.",
  }),
  closingPassed: "Der Stichtag, {date}, ist vorbei.",
  closingIs: "Der Stichtag ist der {date}.",
  answeredMark: ": hat geantwortet",
  notYetMark: ": noch nicht",
  alsoAnswered: "Außerdem geantwortet, unter einer Rolle, die nicht auf der Liste steht:",
  notYet: "Noch nicht:",
  namesNobody: ". Die Erinnerung nennt niemanden: Adressieren Sie sie selbst an diese Personen.",
  emailReminder: "Erinnerung per E-Mail senden",
  sendsNothing:
    "Outside-In sendet nichts: Diese E-Mail geht nur hinaus, wenn Sie sie senden, und Ihre Antworten stehen im Link.",
  reminderSubject: "Erinnerung: zwei kurze Fragebögen vor unserem Workshop ({team})",
  reminderHello: "Hallo,",
  reminderBody:
    "Eine Erinnerung, falls meine Einladung untergegangen ist: Ich möchte vor unserem Treffen Ihre eigene Sicht darauf kennen, wie kundenzentriert die Organisation heute ist. Wenn Sie mir Ihr Ergebnis schon geschickt haben, danke, und betrachten Sie diese Nachricht als gegenstandslos.",
  reminderTeam: "Team: {team}",
  reminderPassed:
    "Der Stichtag, {date}, ist vorbei, aber es ist noch Zeit, Ihre Sicht vor unserem Treffen beizutragen.",
  reminderBy: "Bitte antworten Sie bis: {date}",
  reminderStart: "Hier geht es los:",

  shareAddress:
    "Die Adresse dieser Seite ist der Teamlink: Setzen Sie ein Lesezeichen, oder schicken Sie sie einer Kollegin oder einem Kollegen.",
  teamLinkLabel: "Teamlink ({n} Zeichen)",
  copyTeamLink: "Teamlink kopieren",
  copied: "Teamlink kopiert.",
  copyBlocked: "Der Browser hat das Kopieren blockiert: Markieren Sie den Link, und kopieren Sie ihn von Hand.",
  tooLongToShare:
    "Ein Link mit allen {results} Ergebnissen ist {length} Zeichen lang. Viele Chat-Programme, E-Mail-Programme und ältere Browser kürzen Links über etwa {max} Zeichen; teilen Sie deshalb die Datei mit den Links: Jede Person kann sie in diese Seite laden.",
  downloadLinks: "Die Links als Datei herunterladen",
  downloadCsv: "CSV herunterladen",
  packLink: {
    region: "Der Link dieser Teamansicht",
    open: "Diese Teamansicht öffnen:",
    code: "QR-Code des Links dieser Teamansicht",
    noCode:
      "Dieser Teamlink ist zu lang für einen QR-Code: Tippen oder kopieren Sie die Adresse unten, um die Teamansicht zu öffnen.",
  },
  packTooLong:
    "Der Link dieses Teams hat {n} Zeichen, zu lang zum Drucken: Um die Teamansicht wieder zu öffnen, laden Sie die Datei mit den Links („Die Links als Datei herunterladen“, unter „Diese Teamansicht teilen oder exportieren“) in die Teamseite.",
  benchmarkTitle: "Anonymer Vergleichswert",
  benchmarkAbout:
    "Eine Datei, wie viele Führungskräfte in jedem Bereich auf jeder Stufe lagen, pro Fragebogenversion, mit der Zahl der Führungskräfte und Teams: keine Rollen, keine Organisation, keine Antworten. Legen Sie solche Dateien in {folder} Ihrer eigenen Kopie der Website ab, und die Ergebnisse dort vergleichen jede Führungskraft damit.",
  benchmarkName: "Wer diese Führungskräfte sind, wie die Ergebnisse sie nennen werden",
  benchmarkPlaceholder: "meine Kunden",
  downloadBenchmark: "Die Vergleichsdatei herunterladen",
  benchmarkVersion: "{title}, Version {version}",
  benchmarkArea: "{area} in {version}",
  benchmarkGroup: "{group} ({leaders})",
  benchmarkLeaders: plural({ one: "{n} Führungskraft", other: "{n} Führungskräfte" }),
  benchmarkSomeQuestionnaire: "Ein Fragebogen",
  benchmarkSomeArea: "Ein Bereich",
  benchmarkNone:
    "Ein Vergleichswert braucht mindestens {n} Führungskräfte in jeder Fragebogenversion und jedem Bereich, den er beschreibt, damit niemand darin erkennbar ist; in diesem Team erreicht keine Gruppe diese Zahl.",
  leftOut: "Weggelassen, zu wenige, um anonym zu bleiben: {groups}.",
};
