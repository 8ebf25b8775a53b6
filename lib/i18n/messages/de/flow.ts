import type { FlowMessages } from "../en/flow";
import { plural } from "../plural";
import { invitationLink } from "./invitation-link";
import { link } from "./link";

export const flow: FlowMessages = {
  intro: {
    title: "Bevor Sie beginnen",
    size: "{questions} in {sections}, {estimate}.",
    questions: plural({ one: "{n} Frage", other: "{n} Fragen" }),
    sections: plural({ one: "{n} Abschnitt", other: "{n} Abschnitten" }),
    today:
      "Antworten Sie für das, was heute geschieht, nicht für das, was geplant ist. „Weiß nicht“ ist immer eine zulässige Antwort.",
    keyboard: "Tastatur: Drücken Sie eine Zahl, um eine Antwort zu wählen, und Enter, um weiterzugehen.",
    private: "Ihre Antworten bleiben in diesem Browser. Der Fortschritt wird laufend gespeichert.",
    savedRegion: "Gespeicherter Fortschritt",
    saved: "Sie haben gespeicherten Fortschritt: {answered} von {total} Fragen beantwortet.",
    savedFrom: "Sie haben gespeicherten Fortschritt vom {when}: {answered} von {total} Fragen beantwortet.",
    resume: "Dort weitermachen, wo ich aufgehört habe",
    startOver: "Neu beginnen",
    start: "Starten",
  },
  restore: {
    discarded: "Der in diesem Browser gespeicherte Fortschritt lässt sich nicht verwenden: {reason}. Sie beginnen neu.",
    unreadable: "Die gespeicherten Antworten in diesem Browser konnten nicht gelesen werden",
    otherQuestionnaire: "Die gespeicherten Antworten gehören zu einem anderen Fragebogen",
    newer:
      "Die gespeicherten Antworten stammen aus Version {saved} dieses Fragebogens, die neuer ist als die Version {runs}, die diese Website verwendet",
    changed:
      "Die gespeicherten Antworten wurden mit Version {saved} dieses Fragebogens gegeben, und er hat sich seitdem geändert",
    notesLost:
      "Die in diesem Browser gespeicherten Notizen konnten nicht gelesen werden und fehlen daher. Ihre Antworten bleiben erhalten.",
  },
  progress: {
    position: "Frage {n} von {total}",
    part: "Teil {n} von {total}: {name}",
    timeLeft: "noch etwa {minutes}",
    answered: "{answered} von {total} beantwortet",
    parts: "Teile",
    partAnswered: "{name}: {done} von {size} beantwortet",
  },
  question: {
    dontKnow: "Weiß nicht",
    isNew: "Neu seit dem letzten Mal",
    back: "Zurück",
    undo: "Rückgängig",
    undoHint: ": die letzte Antwort zurücknehmen und zu ihr zurückkehren",
    next: "Weiter",
    toReview: "Antworten prüfen",
    backToReview: "Zurück zur Prüfung",
    held: "Sie sind schon bei Frage {n}: Ihr Antippen hat Sie weitergeführt. Beantworten Sie sie, oder drücken Sie noch einmal Weiter, um sie zu überspringen.",
    autoAdvance: "Nach dem Antippen einer Antwort zur nächsten Frage gehen",
  },
  note: {
    yours: "Ihre Notiz",
    add: "Notiz hinzufügen",
    label: "Notiz zu dieser Antwort",
    hint: "(optional): der Beleg oder das Beispiel dahinter",
    onQuestion: "Notiz zu Frage {n}",
    count: "{length} von {max} Zeichen",
    tooLong: "Eine Notiz fasst bis zu {max} Zeichen; diese hat {length}. Kürzen Sie sie, um sie zu behalten.",
    blank: "Diese Notiz zeigt nichts: Schreiben Sie den Beleg oder das Beispiel in Worten.",
    linkTooLong:
      "Mit dieser Notiz würde Ihr Ergebnislink länger als die {max} Zeichen, die die Website liest: Kürzen Sie diese oder eine andere Notiz. Ihre Antworten und übrigen Notizen bleiben erhalten.",
  },
  review: {
    title: "Ihre Antworten prüfen",
    missing: plural({ one: "{n} Frage ist noch nicht beantwortet:", other: "{n} Fragen sind noch nicht beantwortet:" }),
    missingList: "Noch nicht beantwortet",
    allAnswered: "Alle {n} Fragen sind beantwortet.",
    answerOne: "Zuerst Frage {n} beantworten",
    answerOpen: "Die {count} offenen Fragen beantworten, ab Frage {n}",
    part: "Teil {n}: {name}",
    partAnswered: "{done} von {total} beantwortet",
    notAnswered: "Nicht beantwortet",
    change: "Ändern",
    answer: "Beantworten",
    questionHint: ": Frage {n}",
    seeResults: "Meine Ergebnisse ansehen",
    goOn: "Weiter mit „{title}“",
    here: "Meine Ergebnisse ohne „{title}“ ansehen",
    without: plural({ one: "{label}, ohne sie zu beantworten", other: "{label}, ohne sie zu beantworten" }),
    notEnough:
      "Ein Bereich, in dem weniger als die Hälfte der Fragen beantwortet ist, zeigt „nicht genug Antworten“ statt einer Stufe.",
    notesNotKept:
      "Dieser Browser konnte Ihre Notizen nicht behalten (sein Speicher ist voll oder ausgeschaltet), und sie stehen nicht im Link, sie gingen also verloren. Nehmen Sie sie in den Link auf, oder schließen Sie noch einmal ab, um ohne sie weiterzugehen.",
  },
  share: {
    legend: "Ihre Notizen",
    kept: plural({
      one: "{n} Notiz wird nur in diesem Browser aufbewahrt und hier in Ihrem Bericht gezeigt.",
      other: "{n} Notizen werden nur in diesem Browser aufbewahrt und hier in Ihrem Bericht gezeigt.",
    }),
    include: "Meine Notizen in den Link aufnehmen",
    shared: "Alle, die den Link haben, können Ihre Notizen lesen: wem Sie ihn schicken und wem diese ihn weitergeben.",
    ifShared: "Wenn Sie sie aufnehmen, kann jede Person mit dem Link sie lesen.",
  },
  storage: {
    notSaving:
      "Dieser Browser speichert Ihren Fortschritt nicht (der Speicher ist vielleicht voll oder ausgeschaltet), daher gehen Ihre Antworten verloren, wenn Sie diese Seite neu laden oder schließen. Solange die Seite offen bleibt, sind sie sicher.",
    keep: "Um sie zu behalten, schließen Sie den Fragebogen ab, oder öffnen Sie {link} und setzen Sie ein Lesezeichen darauf.",
    link: "einen Ergebnislink mit Ihren bisherigen Antworten",
  },
  conflict: {
    lead: "Dieser Fragebogen ist auch in einem anderen Tab oder Fenster geöffnet,",
    rest: " und dort wurden gerade Antworten gespeichert. Dieser Tab speichert nicht mehr, damit keiner den anderen überschreibt.",
    mine: "Dieser Tab: {mine} von {total} beantwortet.",
    cleared: "Der andere Tab hat seine gespeicherten Antworten gelöscht.",
    theirs: "Der andere Tab: {theirs} von {total} beantwortet.",
    keepMine: "Antworten dieses Tabs behalten",
    useTheirs: "Antworten des anderen Tabs verwenden",
  },
  carry: {
    invited:
      "{facilitator} hat Sie zum Antworten eingeladen (Team: {team}). Sie beantworten beide Einschätzungen in einem Durchgang und erhalten am Ende einen Link, den Sie an {facilitator} senden; Outside-In selbst sendet nichts.",
    damagedInvitation:
      "Die Einladung in dieser Adresse lässt sich nicht lesen, daher kommt Ihr Ergebnis ohne fertige E-Mail an die Person, die Sie eingeladen hat. {problem} Sie können trotzdem antworten: Kopieren Sie am Ende Ihren Ergebnislink und senden Sie ihn selbst.",
    answeringAs: "Sie antworten als {who}: Das steht dann in Ihrem Ergebnislink.",
    withResult: "Ihr Ergebnis für „{names}“ kommt mit: Wenn Sie fertig sind, stehen beide in einem Ergebnislink.",
    retaking:
      "Sie wiederholen Ihr Ergebnis. {kept} von {total} Antworten sind daraus übernommen; ändern Sie nur, was sich geändert hat.",
    retakingFrom:
      "Sie wiederholen Ihr Ergebnis vom {date}. {kept} von {total} Antworten sind daraus übernommen; ändern Sie nur, was sich geändert hat.",
    fresh: plural({
      one: "{n} Frage ist seitdem neu oder geändert und mit „Neu seit dem letzten Mal“ markiert.",
      other: "{n} Fragen sind seitdem neu oder geändert und mit „Neu seit dem letzten Mal“ markiert.",
    }),
    loading: "Ihre früheren Antworten werden geladen …",
    failed:
      "{problem} Sie können die Einschätzung trotzdem neu beginnen; der Link, von dem Sie kamen, ist unverändert, es geht also nichts verloren.",
    loadFailed: "Die früheren Antworten konnten nicht geladen werden: {error}.",
    leftOut: {
      with: "Das Ergebnis, das dieser Link aus einer anderen Einschätzung mitbringt, lässt sich nicht lesen und bleibt daher außen vor: {problem}",
      retake:
        "Das Ergebnis, das Sie wiederholen, lässt sich nicht lesen, daher werden keine Antworten daraus übernommen: {problem}",
    },
    link,
    invitation: invitationLink,
  },
};
