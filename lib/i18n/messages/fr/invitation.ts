import type { InvitationMessages } from "../en/invitation";
import { estimate } from "./estimate";
import { invitationLink } from "./invitation-link";

export const invitation: InvitationMessages = {
  join: {
    reading: "Lecture de votre invitation…",
    cannotOpen: "Impossible d’ouvrir cette invitation",
    noInvitation:
      "Cette page ouvre un lien d’invitation envoyé par un animateur, et cette adresse n’en contient aucun. Demandez-lui le lien qu’il a créé.",
    alone: "Faire le diagnostic seul",
    invites:
      "{facilitator} vous invite à donner votre propre regard sur le degré d’orientation client de l’organisation, avant un atelier.",
    team: "Équipe : {team}",
    answerBy: "Merci de répondre d’ici le {date}.",
    closed:
      "La date limite, le {date}, est passée. Votre regard compte toujours : vous pouvez répondre comme prévu, et {facilitator} verra votre résultat dès que vous l’enverrez.",
    both: "Deux questionnaires, l’un après l’autre, {estimate}.",
    private: "Vos réponses sont calculées dans ce navigateur. Rien n’est envoyé pendant que vous répondez.",
    send: "À la fin, vous envoyez vous-même votre lien de résultats à {facilitator}, par e-mail ou en le copiant. Outside-In n’envoie rien.",
  },
  form: {
    asInvited: "Qui vous êtes, selon l’invitation",
    role: "Votre fonction",
    chooseLine: "Choisissez votre ligne…",
    chooseRole: "Choisissez votre fonction…",
    notListed: "Absent de la liste (saisir votre fonction)",
    otherRole: "Une autre fonction (la saisir)",
    ownWords: "Votre fonction, dans vos mots",
    organisation: "Organisation",
    optional: "(facultatif)",
    start: "Commencer",
    required: "Choisissez ou saisissez votre fonction : c’est ainsi que l’animateur distingue les réponses.",
    showsNothing:
      "{subject} ne contient que des caractères blancs ou invisibles (comme des espaces sans largeur ou de remplissage) et s’afficherait vide. Saisissez-la avec des lettres ou des chiffres.",
    roleSubject: "Votre fonction",
    orgSubject: "Votre organisation",
  },
  invite: {
    title: "Inviter des dirigeants",
    hint: "Un seul lien pour toute l’équipe : chacun répond, puis vous envoie son résultat par e-mail",
    about:
      "L’invitation vit dans son lien : votre nom et votre e-mail, l’équipe et les personnes invitées voyagent dans le lien et ne sont stockés nulle part. Chaque dirigeant choisit sa ligne, répond aux deux diagnostics et termine sur un e-mail prêt à vous envoyer avec son lien de résultats ; la vue d’équipe montre ensuite qui a répondu. Le site n’envoie rien : c’est vous et eux qui envoyez les e-mails.",
    team: "Nom de l’équipe",
    name: "Votre nom",
    email: "Votre e-mail",
    invited: "Personnes invitées",
    invitedNote: "(facultatif, une par ligne : une fonction ou une personne)",
    invitedHint:
      "Chaque dirigeant choisit sa propre ligne, qui devient le nom sur son résultat, pour que la vue d’équipe puisse montrer qui a répondu. Toute autre personne peut encore saisir sa fonction.",
    closes: "Date limite",
    optional: "(facultatif)",
    make: "Créer le lien d’invitation",
    link: "Lien d’invitation",
    copy: "Copier le lien d’invitation",
    copied: "Lien d’invitation copié.",
    mail: "Envoyer l’invitation par e-mail",
    preview: "Voir ce que voient les dirigeants",
    teamView: "Ouvrir la vue d’équipe de cette invitation",
  },
  copyBlocked: "Le navigateur a bloqué la copie : sélectionnez le lien et copiez-le à la main.",
  sendsNothing:
    "Outside-In n’envoie rien : cet e-mail ne part que si vous l’envoyez, et vos réponses sont dans le lien.",
  mail: {
    subject: "Deux courts questionnaires avant notre atelier ({team})",
    hello: "Bonjour,",
    body: "Avant notre rencontre, j’aimerais connaître le regard de chaque dirigeant sur le degré d’orientation client de l’organisation aujourd’hui. Cela prend {estimate} : deux questionnaires, l’un après l’autre.",
    team: "Équipe : {team}",
    answerBy: "Merci de répondre d’ici le : {date}",
    start: "Commencez ici :",
    private:
      "Vos réponses sont calculées dans votre navigateur. À la fin, vous m’envoyez vous-même votre lien de résultats : Outside-In n’envoie rien et ne stocke rien.",
  },
  estimate,
  problems: {
    teamMissing: "Saisissez le nom de l’équipe.",
    teamTooLong: "Le nom de l’équipe ne doit pas dépasser {max} caractères.",
    teamSubject: "Le nom de l’équipe",
    nameMissing: "Saisissez votre nom.",
    nameTooLong: "Votre nom ne doit pas dépasser {max} caractères.",
    nameSubject: "Votre nom",
    emailMissing: "Saisissez votre adresse e-mail, pour que chacun puisse vous envoyer ses résultats.",
    emailTooLong: "L’adresse ne doit pas dépasser {max} caractères.",
    emailInvalid: "Saisissez une adresse e-mail comme nom@example.org.",
    lineSubject: "Le nom ou la fonction de la ligne {line}",
    showsNothing:
      "{subject} ne contient que des caractères vides ou invisibles (comme des espaces sans largeur ou de remplissage) et n’afficherait donc rien. Saisissez-le avec des lettres ou des chiffres.",
    sameName:
      "Les lignes {first} et {second} (« {firstName} » et « {secondName} ») ne diffèrent que par la casse, la largeur ou des caractères invisibles : la vue d’équipe les prend donc pour une seule personne, et l’une d’elles n’apparaîtrait jamais comme ayant répondu. Gardez-en une.",
    tooMany:
      "Indiquez au plus {max} personnes ou fonctions ; toute autre personne peut toujours saisir sa propre fonction.",
    lineTooLong: "Chaque ligne ne doit pas dépasser {max} caractères.",
    closes: "Saisissez la date limite sous la forme année, mois et jour, par exemple 2027-03-31.",
    tooLongForLink: "Cette liste est trop longue pour un seul lien : raccourcissez les noms, ou indiquez-en moins.",
  },
  link: invitationLink,
};
