import type { LinkMessages } from "../en/link";

export const link: LinkMessages = {
  ask: "Bitten Sie die Person, die ihn geschickt hat, um eine neue Kopie, oder füllen Sie die Selbsteinschätzung selbst aus.",
  kinds: {
    empty:
      "Diese Seite zeigt ein Ergebnis, das in ihrem Link steht, und dieser Link enthält keines. Füllen Sie eine Selbsteinschätzung aus, um eines zu erhalten.",
    "not-a-result": "Dieser Link ist kein Ergebnislink von Outside-In, oder ein Teil davon wurde verändert. {ask}",
    "newer-format":
      "Dieser Ergebnislink wurde von einer neueren Version von Outside-In erstellt, als diese Website verwendet. Öffnen Sie ihn auf der Website, die ihn erstellt hat, oder bitten Sie deren Betreiber um ein Update.",
    "unknown-questionnaire":
      "Dieser Link verweist auf einen Fragebogen, den diese Website nicht anbietet; er stammt also womöglich von einer anderen Website. {ask}",
    "unknown-version":
      "Dieser Link wurde mit einer Version des Fragebogens erstellt, die diese Website nicht kennt. Öffnen Sie ihn auf der Website, die ihn erstellt hat, oder bitten Sie deren Betreiber um ein Update.",
    truncated:
      "Dieser Link scheint abgeschnitten: Es fehlen Zeichen, was oft passiert, wenn ein Link in einer E-Mail umbricht. Kopieren Sie den ganzen Link erneut. {ask}",
    extended:
      "Dieser Link hat am Ende der Antworten zusätzliche Zeichen; er wurde also womöglich doppelt eingefügt oder bearbeitet. Kopieren Sie den Link erneut. {ask}",
    tampered:
      "Die Antworten in diesem Link bestehen ihre Integritätsprüfung nicht, also wurde ein Zeichen verändert oder vertippt. {ask}",
    "too-large": "Dieser Link ist weit länger als jeder Ergebnislink und wurde daher nicht gelesen. {ask}",
    wrapped:
      "Dieser Link wurde von einem E-Mail- oder Chat-System umgeschrieben, und der Ergebnislink darin lässt sich nicht lesen. {ask}",
  },
  withDetail: "{message} ({detail})",
  versionOf: "Version {version} von {title}",
  newerVersion:
    "Dieser Link wurde mit Version {version} von {title} erstellt, die neuer ist, als diese Website kennt (sie läuft bis Version {newest}). Öffnen Sie ihn auf der Website, die ihn erstellt hat, oder bitten Sie deren Betreiber um ein Update.",
  newerFormat:
    "Dieser Ergebnislink wurde im Linkformat {format} erstellt, von einer neueren Version von Outside-In, als diese Website verwendet (sie liest bis Format {newest}). Öffnen Sie ihn auf der Website, die ihn erstellt hat, oder bitten Sie deren Betreiber um ein Update.",
  wrappedElsewhere:
    "{name} bewahrt die eigentliche Adresse auf dem eigenen Server auf, daher steht das Ergebnis nicht in diesem Link.",
  wrappedDamaged: "Der Ergebnislink in dieser {name}-Adresse fehlt oder ist beschädigt.",
  wrappedBy:
    "Dieser Link wurde von {name} umgeschrieben. {why} Öffnen Sie ihn in Ihrem Browser, kopieren Sie dann die Adresse der Ergebnisseite, die sich öffnet (der Teil nach /results/# ist das Ergebnis), und fügen Sie diese ein, oder bitten Sie die Person, die ihn geschickt hat, den Ergebnislink erneut als reinen Text zu senden.",
  inEarlier: "{message} Das Problem liegt im früheren Ergebnis, das dieser Link zum Vergleich enthält.",
  leftOut: "{what} konnte nicht gelesen werden und wird daher weggelassen. {message}",
  broughtAlong: "Das Ergebnis, das Sie aus der anderen Selbsteinschätzung mitgebracht haben,",
  retook: "Das Ergebnis, das Sie wiederholt haben,",
  lines: {
    noLink: "In dieser Zeile steht kein Ergebnislink.",
    tooMany: "Diese Zeile enthält mehr als {max} Links; der Rest wurde nicht gelesen.",
    onlyTheFirst: "Nur die ersten {limit} Links werden gelesen.",
    sameResult: "Dasselbe Ergebnis wie Zeile {line}: einmal gezählt.",
    sameAnswers:
      "Dieselben Antworten wie Zeile {line}, mit {differences}: einmal gezählt, so wie Zeile {line} es angibt.",
    retook:
      "Früheres Ergebnis derselben Führungskraft, die es in Zeile {line} wiederholt hat: einmal gezählt, so wie Zeile {line} es angibt.",
    noDate: "keinem Datum",
    dateLacking: "einem Datum, das Zeile {line} fehlt",
    names: "anders geschriebenen Namen",
    targets: "anderen Zielen",
    and: "{a} und {b}",
  },
};
