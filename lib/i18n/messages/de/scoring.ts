import type { ScoringMessages } from "../en/scoring";
import { plural } from "../plural";

export const scoring: ScoringMessages = {
  title: "So wird bewertet",
  lead: "All das geschieht in Ihrem Browser. Die Regeln sind bewusst einfach, damit Sie jedes Ergebnis von Hand nachprüfen können.",
  journey: {
    heading: "Der Weg: sechs Stufen",
    evidence:
      "Jede Frage beschreibt etwas Beobachtbares, etwa wer eine Beschwerde löst, die zwei Abteilungen betrifft. Jede Antwortmöglichkeit beschreibt, wie das auf einer Stufe aussieht, und so ist Ihre Antwort ein Beleg für eine Stufe.",
  },
  answers: {
    heading: "Von den Antworten zur Stufe",
    areaScore: {
      term: "Der Wert eines Bereichs",
      text: "{term} ist die durchschnittliche Stufe seiner beantworteten Fragen. Bei Antworten auf den Stufen 2, 3, 3 und 4 ist der Wert (2 + 3 + 3 + 4) ÷ 4 = 3,0.",
    },
    dontKnow: {
      term: "„Weiß nicht“",
      text: "{term} zählt nicht zum Durchschnitt. Es ist eine ehrliche Antwort, keine Null. Wenn Sie etwas nicht wissen, lohnt es sich schon, das herauszufinden.",
    },
    notEnough: {
      term: "Zu wenige Antworten:",
      text: "{term} Mindestens die Hälfte der Fragen eines Bereichs muss mit einer echten Antwortmöglichkeit beantwortet sein. Darunter steht dort „zu wenige Antworten“ statt einer Zahl, die in die Irre führen würde.",
    },
    overall: {
      term: "Die Gesamtstufe",
      text: "{term} ist der Durchschnitt der bewerteten Bereiche, auf die nächste Stufe gerundet. Genau die Hälfte wird abgerundet: 3,5 ist Stufe 3, 3,6 ist Stufe 4. Wir runden bei der Hälfte ab, weil eine Stufe erst zählt, wenn der Großteil der Belege sie zeigt. Für eine Gesamtstufe muss mindestens die Hälfte der Bereiche bewertet sein.",
    },
    next: {
      term: "Der nächste Schritt",
      text: "{term} ist die Stufe nach Ihrer. Die Empfehlungen setzen bei Ihren schwächsten Bereichen an, denn ein Weg wird von seinem langsamsten Teil aufgehalten: Ihre drei Prioritäten und Ihr Plan beginnen beide beim schwächsten Bereich, {order}.",
    },
    matters: {
      term: "Was Ihnen wichtig ist,",
      text: "{term} kann diese Reihenfolge ändern. Neben der Zielstufe jedes Bereichs können Sie ihn im Bericht als „{levels}“ markieren oder unmarkiert lassen. Sobald ein Bereich markiert ist, gehen die Prioritäten und der Plan so vor: {order}; ist keiner markiert, ändert sich nichts. Ein Diagramm ordnet dann jeden markierten Bereich einem von vier Quadranten zu ({quadrants}): {placed}.",
    },
    levelsJoin: "“, „",
  },
  areas: {
    heading: "Die eigenen Stufen jedes Bereichs",
    text: "Die Antworten eines Bereichs beschreiben die Praxis genau dieses Bereichs, daher kann eine Organisation in einem Bereich auf Stufe 5 und in einem anderen auf Stufe 2 stehen. Zielstufen, der Plan und die Ergebnistabelle nennen die Stufen eines Bereichs mit seinen eigenen Worten. {credit}",
    caption: "Die sechs Stufen in jedem Bereich",
    area: "Bereich",
    stage: "Stufe {n}",
    detail: "So sieht jede Stufe aus: {area}",
    areaCase: "as-is",
  },
  sure: {
    heading: "Wie sicher jede Zahl ist",
    spread:
      "Der Wert eines Bereichs ist ein Durchschnitt, und ein Durchschnitt verbirgt, wie weit die Antworten dahinter übereinstimmen. Neben der Stufe jedes Bereichs sagt der Bericht es deshalb: „Antworten reichen von Stufe 2 bis 5“, wenn Ihre eigenen Antworten in diesem Bereich auf Stufen von 2 bis 5 deuten, oder „alle 4 Antworten auf Stufe 3“, wenn sie übereinstimmen.",
    progressHeading: "Wann eine Veränderung als Fortschritt zählt",
    progress:
      "Eine einzige Regel entscheidet über jede Veränderung, die die Website zeigt: auf der Vergleichsseite, unter „Veränderung seit dem letzten Mal“, auf Papier und in der CSV-Datei. Eine Veränderung in einem Bereich zählt nur dann als Fortschritt oder Rückgang, wenn sie größer ist als das, was eine einzige Antwort bewirken würde, die vom einen Ende dieser Streuung zum anderen wandert: die höchste Stufe minus die niedrigste, geteilt durch die Zahl der Antworten. Bei Antworten auf den Stufen {answers} ist das ({high} − {low}) ÷ {count} = {margin}; {small}, aber {large}. Eine Veränderung genau dieser Größe liegt noch innerhalb. Von den zwei Ergebnissen entscheidet das mit der breiteren Streuung. Dieselbe Regel gilt für die Kardinalfehler, auf ihrer Skala von 0 bis 100.",
    average:
      "Die durchschnittliche Stufe ist der Durchschnitt der Bereiche, daher gilt für sie der Durchschnitt ihrer Spielräume: Wenn sich kein Bereich weiter als um seinen eigenen Spielraum bewegt hat, kann sich auch der Durchschnitt nicht weiter bewegen. Das Runden jeder Zahl auf zwei Nachkommastellen kann {rounding} hinzufügen, also ist auch das erlaubt. Bei Bereichen mit den Spielräumen {margins} ist der Spielraum des Durchschnitts {mean} + {rounding} = {margin}, und ein Anstieg um {rise} ist {verdict}. Die gesamte Vermeidung der Kardinalfehler folgt derselben Regel, mit {blundersRounding} Punkt für das Runden auf ganze Zahlen. Die Gesamtstufe ist der gerundete Durchschnitt, daher zählt ein Schritt nach oben oder unten nur, wenn die Veränderung des Durchschnitts zählt.",
    numbersJoin: "; ",
    targets:
      "Eine Wiederholung behält die Zielstufen, die Sie gesetzt haben. Jede ist {target}; die Vergleichsseite sagt dasselbe über die Zielstufen, die im früheren Ergebnis gesetzt wurden.",
  },
  rules: {
    below: "unter {n}",
    range: "von {from} bis {to}",
    orMore: "ab {n}",
    move: "eine Veränderung um {n} ist {verdict}",
    verdicts: {
      progress: "ein Fortschritt",
      decline: "ein Rückgang",
      unchanged: "unverändert",
      withinSpread: "„{within}“",
    },
    target: "erreicht, wenn die Stufe des späteren Ergebnisses in diesem Bereich gleich hoch oder höher ist",
  },
  blunders: {
    heading: "Die fünf Kardinalfehler",
    intro:
      "Die Prüfung der Kardinalfehler beruht auf Paul Levesques fünf Kardinalfehlern im Service aus {book}. Sie bewerten Aussagen von „Stimme überhaupt nicht zu“ bis „Stimme voll und ganz zu“. Manche Aussagen beschreiben den Kardinalfehler, andere seine bessere Alternative, daher schneidet nicht gut ab, wer allem zustimmt.",
    book: "Customer Service From The Inside Out Made Easy",
    answer: {
      term: "Jede Antwort",
      text: "{term} erhält 0 bis 100 Punkte dafür, wie weit sie zeigt, dass der Kardinalfehler vermieden wird. Bei einer Aussage, die den Kardinalfehler beschreibt, erhält „Stimme überhaupt nicht zu“ 100, „Stimme nicht zu“ 75, die Mitte 50, „Stimme zu“ 25 und „Stimme voll und ganz zu“ 0. Bei einer Aussage, die die Alternative beschreibt, läuft die Skala umgekehrt.",
    },
    avoidance: {
      term: "Der Vermeidungswert eines Kardinalfehlers",
      text: "{term} ist der Durchschnitt seiner Antworten, auf eine ganze Zahl gerundet. Es gelten dieselben Regeln für „Weiß nicht“ und für „mindestens zur Hälfte beantwortet“.",
    },
    bands: { term: "Risikostufen:", band: "{label} {range}", join: ", ", last: " und " },
    bandsInSentence: { high: "hohes Risiko", watch: "beobachtenswert", healthy: "im grünen Bereich" },
    overall: {
      term: "Der Gesamtwert",
      text: "{term} ist der gerundete Durchschnitt der Werte der Kardinalfehler, mit denselben Stufen: Der Bericht zeigt den Gesamtwert mit seiner eigenen Risikostufe und sagt davon getrennt, wie viele Kardinalfehler bei hohem Risiko liegen, und nennt jeden davon.",
    },
  },
  team: {
    heading: "Wenn mehrere Führungskräfte antworten",
    intro:
      "Die Teamansicht vergleicht die Werte jedes Bereichs mit dem {median} des Teams für diesen Bereich (dem mittleren Wert: Eine Führungskraft, die alles anders sieht, kann ihn nicht verschieben). Jeder Satz, den sie schreibt, folgt einer dieser Regeln, und die Workshop-Unterlagen, die Folien und die Tabelle sagen dasselbe.",
    median: "Median",
    far: "{stages} auf dem Weg oder {points} bei den Kardinalfehlern",
    /** In the dative: "von mindestens 2 Führungskräften". */
    leaders: plural({ one: "{n} Führungskraft", other: "{n} Führungskräften" }),
    stages: plural({ one: "{n} Stufe", other: "{n} Stufen" }),
    points: plural({ one: "{n} Punkt", other: "{n} Punkte" }),
    farFrom: {
      term: "Weit vom Team entfernt:",
      text: "{term} Eine Führungskraft, deren Wert mindestens {far} vom Median des Bereichs entfernt liegt, liegt weit unter oder weit über dem Team. Das Raster markiert genau diese Führungskräfte mit ↓ oder ↑. Dafür braucht es mindestens {min} Führungskräfte mit einem Wert für den Bereich: Bei zweien ist der Median nur der Punkt zwischen ihnen.",
    },
    camps: {
      term: "Zwei Lager:",
      text: "{term} Das Team teilt sich nur dann in zwei Lager, wenn die Werte in zwei Gruppen von jeweils mindestens {minLeaders} Führungskräften fallen, jede mindestens {share} % der Führungskräfte, die den Bereich bewertet haben, mit einer Lücke von mindestens {far} dazwischen, in der niemand liegt, und wenn diese Lücke breiter ist als die Streuung innerhalb jeder Gruppe. Sonst spricht die Teamansicht nicht von einer Spaltung.",
    },
    most: {
      term: "In den meisten Bereichen weit vom Team entfernt:",
      text: "{term} Eine Führungskraft, die in mehr als der Hälfte der Bereiche, in denen sich das beurteilen lässt (mindestens zwei), weit vom Median entfernt liegt, wird einmal genannt statt einmal pro Bereich. Bis zu {max} Führungskräfte werden in einem Satz genannt; darüber hinaus werden sie gezählt.",
    },
    differently: {
      term: "Einen Bereich unterschiedlich sehen:",
      text: "{term} Wenn die mittlere Hälfte des Teams mindestens {far} umfasst, sehen die Führungskräfte diesen Bereich unterschiedlich, auch wenn niemand weit vom Median entfernt liegt.",
    },
    agree: {
      term: "Weitgehend einig:",
      text: "{term} Das wird nur gesagt, wenn mindestens {min} Führungskräfte geantwortet haben und in jedem Bereich, den so viele von ihnen bewertet haben, jede Führungskraft höchstens {far} vom Median entfernt liegt, ohne Lager und ohne unterschiedlich gesehenen Bereich. Ein Bereich, den weniger von ihnen bewertet haben, wird als nicht beurteilbar genannt, weil zu wenige Werte vorliegen.",
    },
    matters: {
      term: "Uneinig darüber, was wichtig ist:",
      text: "{term} Wo Führungskräfte markiert haben, wie wichtig ein Bereich des Wegs ist, ist das Team darüber uneinig, wenn er von mindestens {critical} als „{criticalLevel}“ und von mindestens {less} als „{lessLevel}“ markiert wurde. Das ist ein eigener Befund, was auch immer die Werte sagen. Die Wichtigkeit, die das Team einem Bereich gibt, ist die mittlere der Wichtigkeiten, die seine Führungskräfte markiert haben (bei gerader Anzahl die niedrigere der beiden mittleren; wer nichts markiert hat, zählt nicht), und der Plan des Teams folgt ihr, wie der Plan einer Führungskraft deren eigener Markierung folgt.",
    },
  },
  limits: {
    heading: "Grenzen",
    items: [
      "Eine Selbsteinschätzung misst, was eine Person sieht. Fragen Sie mehrere Führungskräfte und vergleichen Sie: Wo sie sich nicht einig sind, ist das schon ein Befund.",
      "Die Stufen beschreiben Struktur und Verantwortung. Eine hohe Stufe beweist nicht, dass die Kunden zufrieden sind; sie zeigt, dass die Organisation darauf eingerichtet ist, sie zufrieden zu machen.",
      "Durchschnitte verbergen Streuung. Lesen Sie die Tabelle der Bereiche und die einzelnen Antworten, nicht nur die Überschrift.",
      "Die Fragen sind unsere eigene Formulierung der veröffentlichten Modelle, und die Schwellenwerte haben wir gewählt. Sie können beides offen einsehen.",
    ],
  },
  changelog: {
    heading: "Was sich zwischen den Versionen geändert hat",
    text: "Ein Ergebnislink hält die Version fest, mit der er entstand, daher wird ein alter Link immer anhand der Fragen bewertet, die die antwortende Person gesehen hat. Wenn Sie wiederholen, werden Antworten auf unveränderte Fragen übernommen; neue und geänderte bleiben für Sie offen. Vergleiche über Versionen hinweg kennzeichnen die Bereiche, deren Fragen sich geändert haben.",
    release: "{title}, Version {version}",
    changes: plural({
      one: "{n} geänderte Frage, mit ihrer Begründung",
      other: "{n} geänderte Fragen, jede mit ihrer Begründung",
    }),
    kinds: { new: "Neu:", changed: "Geändert:", removed: "Entfernt:" },
  },
};
