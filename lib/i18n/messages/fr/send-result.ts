import type { SendResultMessages } from "../en/send-result";
import { invitationLink } from "./invitation-link";

export const sendResult: SendResultMessages = {
  title: "Envoyer à {name}",
  ready:
    "Votre résultat est prêt. Envoyez son lien à {name}, qui rassemble les regards des dirigeants avant l’atelier (équipe : {team}). Outside-In n’envoie rien : l’e-mail part de votre propre messagerie, et seulement quand vous l’envoyez.",
  email: "Envoyer mon résultat par e-mail à {name}",
  copy: "Copier mon lien de résultats",
  copied: "Lien de résultats copié.",
  copyBlocked: "Le navigateur a bloqué la copie : sélectionnez le lien et copiez-le à la main.",
  yourLink: "Votre lien de résultats :",
  lost: "Ce résultat vient d’une invitation illisible : il n’y a donc pas d’e-mail prêt pour la personne qui vous a invité. Copiez votre lien de résultats et envoyez-le-lui vous-même. {problem}",
  mail: {
    subject: "Mon résultat Outside-In ({team})",
    hello: "Bonjour {name},",
    intro: "Voici mon lien de résultats pour l’atelier :",
    team: "Équipe : {team}",
    holds: "Le lien contient mes réponses. Outside-In n’a rien envoyé : cet e-mail est la seule copie que j’envoie.",
  },
  invitationLink,
};
