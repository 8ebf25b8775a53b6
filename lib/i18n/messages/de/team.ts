import type { TeamMessages } from "../en/team";
import { plural } from "../plural";

export const team: TeamMessages = {
  loading: "Die Teamansicht wird geladen …",
  tooLongForAddress:
    "Dieses Team ist zu groß für die Adressleiste, deshalb bringt ein Neuladen es nicht zurück: Die Links bleiben im Feld und werden in diesem Browser aufbewahrt.",
  addressOnRequest:
    "Der Teamlink dieses Teams ist {n} Zeichen lang. Einen so langen Link in die Adresse zu schreiben, hält diese Seite einen Moment auf, deshalb kommt er nur auf Ihren Wunsch dorthin: Dann bringt ein Neuladen oder ein Lesezeichen dieses Team zurück.",
  putInAddress: "Dieses Team in die Adresse schreiben",
  inAddress: "Die Adresse enthält jetzt dieses Team: Ein Neuladen oder ein Lesezeichen bringt es zurück.",

  resultsRead: plural({ one: "{n} Ergebnis gelesen", other: "{n} Ergebnisse gelesen" }),
  leaders: plural({ one: "{n} Führungskraft", other: "{n} Führungskräfte" }),
  respondents: plural({ one: "{n} antwortende Person", other: "{n} Antwortende" }),
  status: "{results}{skipped}{mail}.",
  statusSkipped: plural({ one: ", {n} Zeile übersprungen", other: ", {n} Zeilen übersprungen" }),
  statusMail: plural({
    one: ", {n} Zeile E-Mail-Text (Kopfzeilen, Zitate, Signaturen) beiseitegelassen",
    other: ", {n} Zeilen E-Mail-Text (Kopfzeilen, Zitate, Signaturen) beiseitegelassen",
  }),
  paired: plural({
    one: "{n} Führungskraft hat ihre zwei Erhebungen als getrennte Links mit derselben Rolle und Organisation geschickt; sie zählt als eine Führungskraft.",
    other:
      "{n} Führungskräfte haben ihre zwei Erhebungen als getrennte Links mit derselben Rolle und Organisation geschickt; jede zählt als eine Führungskraft.",
  }),
  unpaired:
    "{links} Links nennen „{who}“, ließen sich aber auf mehr als eine Weise zusammenführen; deshalb stehen sie nebeneinander.",
  labelAndOrg: "{label} · {org}",
  invitationUnreadable:
    "Der Einladungslink lässt sich nicht lesen, deshalb wird nicht angezeigt, wer schon geantwortet hat: {reason}",
  present: "Teamansicht präsentieren",
  openingPresent: "Der Präsentationsmodus wird geöffnet …",
  leaderNumbered: "Führungskraft {n}",

  overallTitle: "Das Team insgesamt",
  teamName: "Team:",
  tooFewForOverall: "Zu wenige Antworten für ein Gesamtergebnis",
  stageHeadline: "Stufe {stage}",
  stageDetail: "Teammittel {mean} über {leaders}",
  pointsOf100: "{score} / 100",
  withBand: "{score}: {band}",
  blundersDetail: "Kardinalfehler vermieden, Teammittel über {leaders}",
  bands: { high: "Hohes Risiko", watch: "Beobachtenswert", healthy: "Im grünen Bereich" },

  findingsTitle: "Was die Antworten sagen",
  and: " und ",
  comma: ", ",
  distanceStages: plural({ one: "{n} Stufe", other: "{n} Stufen" }),
  distancePoints: plural({ one: "{n} Punkt", other: "{n} Punkte" }),
  farLower: "{leader} weit darunter ({score})",
  farHigher: "{leader} weit darüber ({score})",
  apartWho: "{leaders} ({share} %)",
  apartSides: "{low} weit darunter, {high} weit darüber",
  campGroup: "{leaders} bei {span}",
  camps: "{low} und {high}, {distance} auseinander",
  everyArea: "jeden Bereich",
  mostAreas: "die meisten Bereiche ({n} von {of})",
  standsOutBoth:
    "{leader} sieht {areas} ganz anders als der Rest des Teams, in manchen weit darunter, in anderen weit darüber.",
  standsOutLow:
    "{leader} sieht {areas} weit niedriger als der Rest des Teams: im Mittel {theirs}, wo der Median des Teams bei {team} liegt.",
  standsOutHigh:
    "{leader} sieht {areas} weit höher als der Rest des Teams: im Mittel {theirs}, wo der Median des Teams bei {team} liegt.",
  oneLeader:
    "Erst eine Führungskraft hat geantwortet, es gibt also noch keine Streuung: Ab {min} Führungskräften zeigt sich hier, ob sie übereinstimmen.",
  twoLeaders: "Erst zwei Führungskräfte haben geantwortet: zu wenige, um zu sagen, ob das Team übereinstimmt.",
  twoLeadersApart: " Sie liegen {far} oder mehr auseinander in {areas}.",
  tooFewPerArea: "Kein Bereich wurde von {min} oder mehr Führungskräften bewertet, es gibt also noch keine Streuung.",
  moreStandOut: plural({
    one: "{n} weitere Führungskraft sieht die meisten Bereiche weit entfernt vom Rest des Teams; das Raster zeigt, wo.",
    other:
      "{n} weitere Führungskräfte sehen die meisten Bereiche weit entfernt vom Rest des Teams; das Raster zeigt, wo.",
  }),
  twoCamps: "In {area} teilt sich das Team in zwei Lager: {camps}.",
  farCounted: "In {area} liegen {who} {far} oder mehr vom Median des Teams ({median}) entfernt: {sides}.",
  farNamed: "In {area}: {named} als der Rest; der Median des Teams liegt bei {median}.",
  middleHalfApart:
    "In {area} reicht die mittlere Hälfte des Teams von {span}, {far} oder mehr: Die Führungskräfte sehen es unterschiedlich, darüber lohnt es sich zu sprechen.",
  broadlyAgree:
    "Die Führungskräfte sind sich weitgehend einig: In jedem Bereich{except} liegt jede der {n} Führungskräfte innerhalb von {far} um den Median des Teams.",
  broadlyAgreeExcept: " ({areas} hatte zu wenige Antworten für ein Urteil)",
  importanceSplit:
    "In {area} sind sich die Führungskräfte uneins, was wichtig ist: {critical} markierte es als entscheidend für unsere Strategie, {less} als derzeit weniger wichtig{others}",
  importanceOthers: " ({others}).",
  importanceNoOthers: ".",
  markedImportant: "{n} markierte es als wichtig",
  leftUnmarked: "{n} ließ es unmarkiert",

  areaUnscored: "Keine Führungskraft hat diesen Bereich bewertet.",
  areaOneScored: "Nur eine Führungskraft hat diesen Bereich bewertet.",
  areaPairApart: "Die beiden Führungskräfte liegen {distance} auseinander.",
  areaPairWithin: "Die beiden Führungskräfte liegen innerhalb von {far}.",
  areaTwoCamps: "Zwei Lager: {camps}.",
  areaFarCounted: "{who} liegen {far} oder mehr vom Median ({median}) entfernt: {sides}.",
  areaFarNamed: "{named}{also}.",
  areaFarAlso: "; dazu {leaders}, oben genannt",
  areaMiddleHalf: "Die mittlere Hälfte liegt {far} oder mehr auseinander: Die Führungskräfte sind uneins.{also}",
  areaMiddleHalfAlso: " Dazu {leaders}, oben genannt.",
  areaWithinBut: "Innerhalb von {far} um den Median ({median}), bis auf {leaders}, oben genannt.",
  areaWithin: "Alle liegen innerhalb von {far} um den Median ({median}).",

  importanceTitle: "Was dem Team wichtig ist",
  importanceHow:
    "Die Stufe des Teams ist die mittlere der Stufen, die seine Führungskräfte markiert haben (bei gerader Anzahl die niedrigere der beiden mittleren); der Plan des Teams stellt die wichtigsten Bereiche an den Anfang.",
  importanceCaption: "Wie viele Führungskräfte jeden Bereich auf welcher Stufe markiert haben",
  importanceScroll: "Was dem Team wichtig ist, Bereich für Bereich",
  area: "Bereich",
  importance: {
    critical: "Entscheidend für unsere Strategie",
    important: "Wichtig",
    less: "Derzeit weniger wichtig",
  },
  notMarked: "Nicht markiert",
  teamLevel: "Die Stufe des Teams",
  teamDisagrees: " · das Team ist uneins",

  gridTitle: "Wer was sieht",
  gridCaption: "Die Bewertung jeder Führungskraft pro Bereich",
  gridCaptionOf: "Die Bewertung jeder Führungskraft pro Bereich: {title}",
  leader: "Führungskraft",
  farLowerMark: "weit unter dem Team",
  farHigherMark: "weit über dem Team",
  gridShowing: "{shown} von {all} Führungskräften angezeigt.",
  gridMore: "{n} weitere anzeigen",
  legendStages: "Zellen des Wegs sind nach Stufe getönt, umso kräftiger, je weiter:",
  legendBands: "Zellen der Kardinalfehler nach Risikostufe:",
  legendMarks:
    "↓ und ↑ markieren eine Führungskraft, die {far} ({farPoints}) oder mehr unter oder über dem Median des Teams in diesem Bereich liegt, sofern mindestens {min} Führungskräfte ihn bewertet haben.",

  disputedTitle: "Wo die Führungskräfte am meisten uneins sind",
  noDispute:
    "Bei jeder Frage hat die mittlere Hälfte der Führungskräfte dieselbe Antwort gewählt: Es gibt keine Spaltung zu besprechen.",
  answeredCaption: "Wie die Führungskräfte geantwortet haben: {question}",
  answer: "Antwort",
  leadersColumn: "Führungskräfte",
  dontKnow: "Weiß nicht",
  discuss: "Zur Diskussion:",
  after: "Nach {credit}.",
  sameAreaAs: "Die Fragen {at} und {n} betreffen beide {area}: Der Impuls bei Frage {at} gilt auch für diese.",
  notesTitle: "Was die Führungskräfte notiert haben",
  notesLabel: "Notizen der Führungskräfte zu dieser Frage",
  showMoreNotes: plural({
    one: "{n} weitere Notiz zeigen, von {left} nicht gezeigten",
    other: "{n} weitere Notizen zeigen, von {left} nicht gezeigten",
  }),
  moreNotes: plural({
    one: "{n} weitere Notiz steht in der Teamansicht.",
    other: "{n} weitere Notizen stehen in der Teamansicht.",
  }),

  recommendationsTitle: "Was das Team als Nächstes tun könnte",
  noRecommendation:
    "Kein Bereich ist schwach genug für einen Schritt des Teams: Jeder Bereich steht auf Stufe 6 oder ist frei von Kardinalfehlern.",
  read: "Lesen:",
  inEnglish: "auf Englisch",
  whereStages: "Teammittel {mean}: von Stufe {from} zu {to}",
  whereBlunders: "Teammittel {score} / 100: {band}",

  spreadHeading: "{title}: {respondents}",
  versionsNote: "Diese Ergebnisse umfassen die Versionen {versions}; Bereiche werden verglichen, wo es sie gibt.",
  spreadCaption: "Streuung des Teams nach Bereich",
  spreadScroll: "Streuung des Teams nach Bereich: {heading}",
  mean: "Mittelwert",
  lowestHighest: "Niedrigster–höchster",
  middleHalf: "Mittlere Hälfte",
  median: "Median",
  whatItSays: "Was es sagt",
  spreadFigcaption:
    "Jeder Punkt ist eine Führungskraft; das Band ist die mittlere Hälfte des Teams, die Linie ihr Median.",
  spreadTableCaption: "Die Streuung pro Bereich: {title}",
  lowest: "Niedrigster",
  highest: "Höchster",

  respondentsTitle: "Antwortende",
  respondentsHint: "Jedes der {n} Ergebnisse mit seiner Gesamtbewertung",
  respondentsCaption: "Jede antwortende Person mit ihrem Gesamtergebnis",
  preparingTable: "Die Tabelle wird vorbereitet …",
  line: "Zeile",
  label: "Bezeichnung",
  organisation: "Organisation",
  language: "Sprache",
  columnStage: "{title}: Stufe",
  columnAvoidance: "{title}: Vermeidung",
  shareTitle: "Diese Teamansicht teilen oder exportieren",
  shareHint: "Ein Link für das ganze Team, die Links als Datei oder eine Tabelle",
  preparingExports: "Die Exporte werden vorbereitet …",

  csv: {
    row: "Zeilenart",
    questionnaire: "Fragebogen",
    areaOrLine: "Bereich oder Zeile",
    label: "Bezeichnung",
    organisation: "Organisation",
    meanOrScore: "Mittelwert oder Ergebnis",
    min: "Minimum",
    max: "Maximum",
    range: "Spannweite",
    iqr: "Interquartilsabstand",
    note: "Hinweis",
  },
  csvVersion: "Version {n}",
};
