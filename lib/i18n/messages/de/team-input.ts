import type { TeamInputMessages } from "../en/team-input";
import { plural } from "../plural";

export const teamInput: TeamInputMessages = {
  linksLabel: "Ergebnislinks, einer pro Zeile (bis zu {max})",
  fileLabel: "Oder eine Text- oder CSV-Datei mit Links laden",
  invitationLabel: "Der Einladungslink, auf den sie geantwortet haben",
  invitationHint: "(optional: zeigt, wer schon geantwortet hat)",
  show: "Teamansicht anzeigen",
  clear: "Feld leeren",
  cleared: "Das Feld ist leer, und nichts davon wird in diesem Browser aufbewahrt.",
  fileAdded: "Die Zeilen von {file} wurden hinzugefügt. Wählen Sie „Teamansicht anzeigen“, um sie zu lesen.",
  kept: "Was Sie einfügen, bleibt in diesem Browser, bis Sie es leeren, und die Teamansicht steht in der Adresse, sodass ein Neuladen oder ein Lesezeichen sie zurückbringt. Nichts wird hochgeladen.",
  readingLinks: "Die Links werden gelesen …",
  reading: plural({
    one: "{n} Zeile wird gelesen … {done} erledigt",
    other: "{n} Zeilen werden gelesen … {done} erledigt",
  }),

  tooLarge: "{what} ist {size} groß; die Teamansicht liest bis zu {limit} (Tausende von Links). {advice}",
  what: { file: "Diese Datei", text: "Dieser Text", link: "Dieser Teamlink" },
  sizeAdvice: {
    file: "Teilen Sie sie auf, oder fügen Sie nur die Links ein.",
    text: "Teilen Sie ihn auf, oder fügen Sie nur die Links ein.",
    link: "Bitten Sie stattdessen um die Links als Datei, und laden Sie sie in Teilen.",
  },
  notText: {
    file: "Diese Datei ist keine Textdatei (sie enthält Binärdaten, etwa ein Bild, eine Tabelle oder ein PDF) und wurde deshalb nicht gelesen. Laden Sie eine .txt- oder .csv-Datei mit Links: Eine Tabelle lässt sich als CSV speichern.",
    text: "Dieser Text ist kein reiner Text (er enthält Binärdaten) und wurde deshalb nicht gelesen. Fügen Sie nur die Links ein.",
    link: "Dieser Teamlink enthält Binärdaten statt Ergebnislinks und wurde deshalb nicht gelesen. Bitten Sie um eine neue Kopie.",
  },
  bytes: plural({ one: "{n} Byte", other: "{n} Byte" }),
  kilobytes: "{n} KB",
  megabytes: "{n} MB",
  noTeamLink: "Diese Adresse enthält keinen Teamlink zum Lesen.",
  unreadLines: plural({
    one: "Nur die ersten {max} Zeilen wurden gelesen; {n} weitere Zeile blieb ungelesen. Teilen Sie die Eingabe auf, um den Rest zu lesen.",
    other:
      "Nur die ersten {max} Zeilen wurden gelesen; {n} weitere Zeilen blieben ungelesen. Teilen Sie die Eingabe auf, um den Rest zu lesen.",
  }),

  problemsTitle: "Zeilen, die nicht gezählt wurden",
  problemLine: "Zeile {n}",
  moreProblems: plural({
    one: "… und {n} weitere Zeile wurde nicht gezählt.",
    other: "… und {n} weitere Zeilen wurden nicht gezählt.",
  }),

  storageFull:
    "Der Speicher dieses Browsers ist voll, deshalb wird das Eingefügte hier nicht aufbewahrt: Es wird trotzdem wie gewohnt gelesen.",
  storageOff:
    "Dieser Browser bewahrt für diese Website nichts auf (der Speicher ist abgeschaltet), deshalb wird das Eingefügte hier nicht aufbewahrt: Es wird trotzdem wie gewohnt gelesen.",
  otherTabCleared:
    "Ein anderer Tab der Teamansicht hat die in diesem Browser aufbewahrte Liste geleert. Dieser Tab zeigt weiter seine eigene; was Sie hier tippen oder einfügen, wird wieder aufbewahrt.",
  otherTabChanged:
    "Ein anderer Tab der Teamansicht hat die in diesem Browser aufbewahrte Liste geändert (sie enthält jetzt {lines}). Dieser Tab zeigt weiter seine eigene; was Sie hier tippen oder einfügen, wird statt der Liste des anderen Tabs aufbewahrt. Laden Sie diese Seite neu, um die Liste des anderen Tabs zu übernehmen.",
  lines: plural({ one: "{n} Zeile", other: "{n} Zeilen" }),

  heldNote:
    "{what} ist zu lang, um im Feld gezeigt zu werden, ohne die Seite zu verlangsamen; es wird deshalb neben dem Feld aufbewahrt und mit ihm gelesen. Wählen Sie „Teamansicht anzeigen“, um es zu lesen.",
  pastedText: "Eingefügter Text",
  thePastedText: "Der eingefügte Text",
  keptList: "Die in diesem Browser aufbewahrte Liste",
  teamLinkLinks: "Die Links des Teamlinks",
  heldLabel: "Neben dem Feld aufbewahrt",
  removeHeld: "{name} entfernen",
  describeHeld: "{name}: {size}, {lines}",
};
