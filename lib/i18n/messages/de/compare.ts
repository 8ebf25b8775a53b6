import type { CompareMessages } from "../en/compare";
import { plural } from "../plural";

export const compare: CompareMessages = {
  earlier: "Früher",
  later: "Später",
  laterInSentence: "später",
  targets: "Die Zielstufen, die das frühere Ergebnis gesetzt hat, jede an der späteren Stufe gemessen:",
  noName: "kein Name im Link",
  noDate: "kein Datum im Link",
  answeredIn: "beantwortet auf {language}",
  reversed:
    "Das als früher angegebene Ergebnis ist vom {first}, also nach dem späteren ({second}); die beiden werden daher in Datumsfolge gezeigt: zuerst das vom {second}.",
  twoLeaders:
    "Das sieht nach zwei verschiedenen Führungskräften aus: Das frühere Ergebnis stammt von {before}, das spätere von {after}. Sie werden unten trotzdem verglichen; lesen Sie eine Veränderung als Unterschied zwischen zwei Personen, nicht als Fortschritt.",
  same: "Beide Links enthalten dasselbe Ergebnis (dieselben Antworten), also kann sich zwischen ihnen nichts geändert haben. Um zu sehen, was sich bewegt hat, fügen Sie ein früheres und ein späteres Ergebnis ein.",
  sameDated:
    "Beide Links enthalten dasselbe Ergebnis (dieselben Antworten, vom {date}), also kann sich zwischen ihnen nichts geändert haben. Um zu sehen, was sich bewegt hat, fügen Sie ein früheres und ein späteres Ergebnis ein.",
  future: {
    earlier:
      "Das frühere Ergebnis ist vom {date}, also nach heute ({today}): Sein Datum wurde von Hand geändert, oder die Uhr dieses Geräts geht falsch. Lesen Sie die Reihenfolge der beiden mit Vorsicht.",
    later:
      "Das spätere Ergebnis ist vom {date}, also nach heute ({today}): Sein Datum wurde von Hand geändert, oder die Uhr dieses Geräts geht falsch. Lesen Sie die Reihenfolge der beiden mit Vorsicht.",
  },
  earlierLink: "Der frühere Link:",
  laterLink: "Der spätere Link:",
  nothingShared:
    "Diese beiden Ergebnisse haben keine Selbsteinschätzung gemeinsam, daher gibt es nichts zu vergleichen.",
  notComparable: "Nicht vergleichbar",
  unmatched: "Nur in einem der beiden Ergebnisse, daher nicht verglichen: {names}.",
  byArea: "Veränderung je Bereich: {scale}",
  area: "Bereich",
  change: "Veränderung",
  form: {
    earlier: "Link des früheren Ergebnisses (vorher)",
    saved: "Oder ein in diesem Browser gespeichertes Ergebnis verwenden",
    choose: "Ein gespeichertes Ergebnis wählen …",
    savedDay: "Gespeichert",
    savedItem: "{day}: {ids}",
    idsJoin: " und ",
    later: "Link des späteren Ergebnisses (nachher)",
    submit: "Vergleichen",
  },
  printLink: {
    region: "Der Link dieses Vergleichs",
    open: "Diesen Vergleich öffnen:",
    code: "QR-Code des Links dieses Vergleichs",
    noCode:
      "Dieser Link ist zu lang für einen QR-Code: Tippen oder kopieren Sie die Adresse unten, um den Vergleich zu öffnen.",
    noNotes:
      "Der Link ist mit seinen Notizen zu lang für einen QR-Code: Der Code öffnet dasselbe Ergebnis ohne sie. Die Adresse unten enthält die Notizen.",
    noNamesOrNotes:
      "Der Link ist mit seinen Notizen und Namen zu lang für einen QR-Code: Der Code öffnet dasselbe Ergebnis ohne sie.",
    noNames: "Der Link ist mit seinen Namen zu lang für einen QR-Code: Der Code öffnet dasselbe Ergebnis ohne sie.",
  },
  moved: {
    none: "Keine Antwort hat sich geändert",
    some: plural({ one: "{n} Antwort hat sich geändert", other: "{n} Antworten haben sich geändert" }),
    label: "Geänderte Antworten",
    before: "Vorher:",
    after: "Nachher:",
  },
  targetsReached: "Erreichte Zielstufen",
};
