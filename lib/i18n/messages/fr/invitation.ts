import type { InvitationMessages } from "../en/invitation";

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
};
