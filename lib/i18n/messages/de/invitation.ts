import type { InvitationMessages } from "../en/invitation";
import { estimate } from "./estimate";
import { invitationLink } from "./invitation-link";

export const invitation: InvitationMessages = {
  join: {
    reading: "Ihre Einladung wird gelesen …",
    cannotOpen: "Diese Einladung lässt sich nicht öffnen",
    noInvitation:
      "Diese Seite öffnet einen Einladungslink von einer Moderation, und diese Adresse enthält keinen. Bitten Sie um den Link, der für Sie erstellt wurde.",
    alone: "Die Einschätzung allein machen",
    invites:
      "{facilitator} lädt Sie ein, vor einem Workshop Ihre eigene Sicht darauf zu geben, wie kundenzentriert die Organisation ist.",
    team: "Team: {team}",
    answerBy: "Bitte antworten Sie bis zum {date}.",
    closed:
      "Der Stichtag, der {date}, ist vorbei. Ihre Sicht zählt trotzdem: Sie können wie gewohnt antworten, und {facilitator} sieht Ihr Ergebnis, sobald Sie es senden.",
    both: "Zwei Fragebögen nacheinander, {estimate}.",
    private: "Ihre Antworten werden in diesem Browser ausgewertet. Während Sie antworten, wird nichts gesendet.",
    send: "Am Ende senden Sie Ihren Ergebnislink selbst an {facilitator}, per E-Mail oder indem Sie ihn kopieren. Outside-In sendet nichts.",
  },
  form: {
    asInvited: "Wer Sie sind, laut Einladung",
    role: "Ihre Rolle",
    chooseLine: "Ihre Zeile wählen …",
    chooseRole: "Ihre Rolle wählen …",
    notListed: "Nicht in der Liste (Rolle eingeben)",
    otherRole: "Eine andere Rolle (eingeben)",
    ownWords: "Ihre Rolle, in Ihren Worten",
    organisation: "Organisation",
    optional: "(optional)",
    start: "Starten",
    required: "Wählen oder schreiben Sie Ihre Rolle: Daran unterscheidet die Moderation die Antworten.",
    showsNothing:
      "{subject} enthält nur leere oder unsichtbare Zeichen (etwa Leerzeichen ohne Breite oder Füllzeichen) und würde als nichts erscheinen. Schreiben Sie mit Buchstaben oder Ziffern.",
    roleSubject: "Ihre Rolle",
    orgSubject: "Ihre Organisation",
  },
  invite: {
    title: "Führungskräfte einladen",
    hint: "Ein Link für das ganze Team: Alle antworten und mailen Ihnen ihr Ergebnis",
    about:
      "Die Einladung steckt in ihrem Link: Ihr Name und Ihre E-Mail-Adresse, das Team und wer eingeladen ist, reisen darin mit und werden nirgends gespeichert. Jede Führungskraft wählt ihre Zeile, beantwortet beide Einschätzungen und erhält am Ende eine fertige E-Mail an Sie mit ihrem Ergebnislink; die Teamansicht zeigt dann, wer geantwortet hat. Die Website sendet nichts; Sie und die anderen senden die E-Mails.",
    team: "Name des Teams",
    name: "Ihr Name",
    email: "Ihre E-Mail-Adresse",
    invited: "Wer eingeladen ist",
    invitedNote: "(optional, eine Zeile je Rolle oder Person)",
    invitedHint:
      "Jede Führungskraft wählt ihre eigene Zeile, die zum Namen auf ihrem Ergebnis wird; so kann die Teamansicht zeigen, wer geantwortet hat. Alle anderen können ihre Rolle weiterhin selbst eingeben.",
    closes: "Stichtag",
    optional: "(optional)",
    make: "Einladungslink erstellen",
    link: "Einladungslink",
    copy: "Einladungslink kopieren",
    copied: "Einladungslink kopiert.",
    mail: "Einladung per E-Mail senden",
    preview: "Ansehen, was Führungskräfte sehen",
    teamView: "Teamansicht für diese Einladung öffnen",
  },
  copyBlocked: "Der Browser hat das Kopieren blockiert: Markieren Sie den Link und kopieren Sie ihn von Hand.",
  sendsNothing:
    "Outside-In sendet nichts: Diese E-Mail geht nur hinaus, wenn Sie sie senden, und Ihre Antworten stehen im Link.",
  mail: {
    subject: "Zwei kurze Fragebögen vor unserem Workshop ({team})",
    hello: "Hallo,",
    body: "Bevor wir uns treffen, möchte ich die eigene Sicht jeder Führungskraft darauf kennen, wie kundenzentriert die Organisation heute ist. Es dauert {estimate}: zwei Fragebögen, einer nach dem anderen.",
    team: "Team: {team}",
    answerBy: "Bitte antworten Sie bis: {date}",
    start: "Hier geht es los:",
    private:
      "Ihre Antworten werden in Ihrem Browser ausgewertet. Am Ende senden Sie mir Ihren Ergebnislink selbst: Outside-In sendet nichts und speichert nichts.",
  },
  estimate,
  problems: {
    teamMissing: "Geben Sie den Namen des Teams ein.",
    teamTooLong: "Der Name des Teams darf höchstens {max} Zeichen lang sein.",
    teamSubject: "Der Name des Teams",
    nameMissing: "Geben Sie Ihren Namen ein.",
    nameTooLong: "Ihr Name darf höchstens {max} Zeichen lang sein.",
    nameSubject: "Ihr Name",
    emailMissing: "Geben Sie Ihre E-Mail-Adresse ein, damit man Ihnen die Ergebnisse senden kann.",
    emailTooLong: "Die Adresse darf höchstens {max} Zeichen lang sein.",
    emailInvalid: "Geben Sie eine E-Mail-Adresse wie name@example.org ein.",
    lineSubject: "Der Name oder die Rolle in Zeile {line}",
    showsNothing:
      "{subject} besteht nur aus leeren oder unsichtbaren Zeichen (etwa Leerzeichen ohne Breite oder Füllzeichen) und würde daher als nichts erscheinen. Schreiben Sie ihn mit Buchstaben oder Ziffern.",
    sameName:
      "Die Zeilen {first} und {second} („{firstName}“ und „{secondName}“) unterscheiden sich nur in Groß- und Kleinschreibung, Breite oder unsichtbaren Zeichen; die Teamansicht hält sie daher für eine Person, und eine davon würde nie als beantwortet erscheinen: Behalten Sie eine.",
    tooMany:
      "Nennen Sie höchstens {max} Personen oder Rollen; alle anderen können ihre Rolle trotzdem selbst eingeben.",
    lineTooLong: "Jede Zeile darf höchstens {max} Zeichen lang sein.",
    closes: "Geben Sie den Stichtag als Jahr, Monat und Tag ein, etwa 2027-03-31.",
    tooLongForLink: "Diese Liste ist für einen Link zu lang: Kürzen Sie die Namen, oder nennen Sie weniger.",
  },
  link: invitationLink,
};
