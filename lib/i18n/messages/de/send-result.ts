import type { SendResultMessages } from "../en/send-result";
import { invitationLink } from "./invitation-link";

export const sendResult: SendResultMessages = {
  title: "An {name} senden",
  ready:
    "Ihr Ergebnis ist fertig. Senden Sie seinen Link an {name}, die oder der vor dem Workshop die Sicht der Führungskräfte sammelt (Team: {team}). Outside-In sendet nichts: Die E-Mail geht aus Ihrem eigenen E-Mail-Programm hinaus, und nur, wenn Sie sie senden.",
  email: "Mein Ergebnis per E-Mail an {name}",
  copy: "Meinen Ergebnislink kopieren",
  copied: "Ergebnislink kopiert.",
  copyBlocked: "Der Browser hat das Kopieren blockiert: Markieren Sie den Link und kopieren Sie ihn von Hand.",
  yourLink: "Ihr Ergebnislink:",
  lost: "Dieses Ergebnis kam über eine Einladung, die sich nicht lesen lässt, daher gibt es keine fertige E-Mail an die Person, die Sie eingeladen hat: Kopieren Sie Ihren Ergebnislink und senden Sie ihn ihr selbst. {problem}",
  mail: {
    subject: "Mein Ergebnis von Outside-In ({team})",
    hello: "Hallo {name},",
    intro: "hier ist mein Ergebnislink für den Workshop:",
    team: "Team: {team}",
    holds:
      "Der Link enthält meine Antworten. Outside-In hat nichts verschickt: Diese E-Mail ist die einzige Kopie, die ich sende.",
  },
  invitationLink,
};
