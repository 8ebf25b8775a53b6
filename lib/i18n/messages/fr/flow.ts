import type { FlowMessages } from "../en/flow";
import { plural } from "../plural";
import { invitationLink } from "./invitation-link";
import { link } from "./link";

export const flow: FlowMessages = {
  intro: {
    title: "Avant de commencer",
    size: "{questions} en {sections}, {estimate}.",
    questions: plural({ one: "{n} question", other: "{n} questions" }),
    sections: plural({ one: "{n} partie", other: "{n} parties" }),
    today:
      "Répondez selon ce qui se passe aujourd’hui, pas selon ce qui est prévu. « Je ne sais pas » est toujours une réponse légitime.",
    keyboard: "Clavier : tapez un chiffre pour choisir une réponse, puis Entrée pour continuer.",
    private: "Vos réponses restent dans ce navigateur. Votre progression s’enregistre au fur et à mesure.",
    savedRegion: "Progression enregistrée",
    saved: "Vous avez une progression enregistrée : réponse donnée à {answered} questions sur {total}.",
    savedFrom: "Vous avez une progression enregistrée le {when} : réponse donnée à {answered} questions sur {total}.",
    resume: "Reprendre où j’en étais",
    startOver: "Recommencer",
    start: "Commencer",
  },
  restore: {
    discarded: "Impossible d’utiliser la progression enregistrée dans ce navigateur : {reason}. Vous repartez de zéro.",
    unreadable: "les réponses enregistrées dans ce navigateur sont illisibles",
    otherQuestionnaire: "les réponses enregistrées appartiennent à un autre questionnaire",
    newer:
      "les réponses enregistrées viennent de la version {saved} de ce questionnaire, plus récente que la version {runs} qu’utilise ce site",
    changed:
      "les réponses enregistrées ont été données avec la version {saved} de ce questionnaire, qui a changé depuis",
    notesLost:
      "Les notes enregistrées dans ce navigateur sont illisibles ; elles sont donc laissées de côté. Vos réponses sont conservées.",
  },
  progress: {
    position: "Question {n} sur {total}",
    part: "Partie {n} sur {total} : {name}",
    timeLeft: "encore environ {minutes}",
    answered: "Réponses : {answered} sur {total}",
    parts: "Parties",
    partAnswered: "{name} : {done} réponses sur {size}",
  },
  question: {
    dontKnow: "Je ne sais pas",
    isNew: "Nouveau depuis la dernière fois",
    back: "Retour",
    undo: "Annuler",
    undoHint: " la dernière réponse et y revenir",
    next: "Suivant",
    toReview: "Relire mes réponses",
    backToReview: "Retour à la relecture",
    held: "Vous êtes déjà à la question {n} : votre geste vous y a amené. Répondez-y, ou appuyez de nouveau sur Suivant pour la passer.",
    autoAdvance: "Passer à la question suivante quand je touche une réponse",
  },
  note: {
    yours: "Votre note",
    add: "Ajouter une note",
    label: "Note sur cette réponse",
    hint: "(facultatif) : le fait ou l’exemple sur lequel elle repose",
    onQuestion: "Note sur la question {n}",
    count: "{length} caractères sur {max}",
    tooLong: "Une note contient au plus {max} caractères ; celle-ci en a {length}. Raccourcissez-la pour la garder.",
    blank: "Cette note ne montre rien : écrivez le fait ou l’exemple en toutes lettres.",
    linkTooLong:
      "Cette note rendrait votre lien de résultats plus long que les {max} caractères que le site lit : raccourcissez-la, ou une autre note. Vos réponses et vos autres notes sont conservées.",
  },
  review: {
    title: "Relisez vos réponses",
    missing: plural({
      one: "{n} question n’a pas encore de réponse :",
      other: "{n} questions n’ont pas encore de réponse :",
    }),
    missingList: "Sans réponse pour l’instant",
    allAnswered: "Les {n} questions ont toutes une réponse.",
    answerOne: "Répondre d’abord à la question {n}",
    answerOpen: "Répondre aux {count} questions ouvertes, à partir de la question {n}",
    part: "Partie {n} : {name}",
    partAnswered: "{done} réponses sur {total}",
    notAnswered: "Sans réponse",
    change: "Modifier",
    answer: "Répondre",
    questionHint: " (question {n})",
    seeResults: "Voir mes résultats",
    goOn: "Continuer avec « {title} »",
    here: "Voir mes résultats sans « {title} »",
    without: plural({ one: "{label} sans y répondre", other: "{label} sans y répondre" }),
    notEnough:
      "Un domaine dont moins de la moitié des questions ont une réponse affiche « pas assez de réponses » au lieu d’un stade.",
    notesNotKept:
      "Ce navigateur n’a pas pu garder vos notes (son stockage est plein ou désactivé), et elles ne sont pas dans le lien : elles seraient donc perdues. Incluez-les dans le lien, ou terminez de nouveau pour continuer sans elles.",
  },
  share: {
    legend: "Vos notes",
    kept: plural({
      one: "{n} note est gardée dans ce navigateur uniquement, et affichée ici dans votre rapport.",
      other: "{n} notes sont gardées dans ce navigateur uniquement, et affichées ici dans votre rapport.",
    }),
    include: "Inclure mes notes dans le lien",
    shared:
      "Toute personne qui a le lien peut lire vos notes : celle à qui vous l’envoyez, et celles à qui elle le transmet.",
    ifShared: "Si vous les incluez, toute personne qui a le lien pourra les lire.",
  },
  storage: {
    notSaving:
      "Ce navigateur n’enregistre pas votre progression (son stockage est peut-être plein ou désactivé) : vos réponses seront perdues si vous rechargez ou fermez cette page. Elles ne risquent rien tant que la page reste ouverte.",
    keep: "Pour les garder, terminez le questionnaire, ou ouvrez {link} et ajoutez-le à vos favoris.",
    link: "un lien de résultats avec vos réponses jusqu’ici",
  },
  conflict: {
    lead: "Ce questionnaire est aussi ouvert dans un autre onglet ou une autre fenêtre,",
    rest: " et des réponses viennent d’y être enregistrées. Cet onglet a cessé d’enregistrer, pour que l’un n’écrase pas l’autre.",
    mine: "Cet onglet : {mine} réponses sur {total}.",
    cleared: "L’autre onglet a effacé ses réponses enregistrées.",
    theirs: "L’autre onglet : {theirs} réponses sur {total}.",
    keepMine: "Garder les réponses de cet onglet",
    useTheirs: "Utiliser les réponses de l’autre onglet",
  },
  carry: {
    invited:
      "{facilitator} vous invite à répondre (équipe : {team}). Vous répondez aux deux diagnostics à la suite et terminez sur un seul lien à envoyer à {facilitator} ; Outside-In n’envoie rien lui-même.",
    damagedInvitation:
      "L’invitation contenue dans cette adresse est illisible : votre résultat ne sera donc pas accompagné d’un e-mail prêt pour la personne qui vous a invité. {problem} Vous pouvez tout de même répondre : à la fin, copiez votre lien de résultats et envoyez-le-lui vous-même.",
    answeringAs: "Vous répondez en tant que {who} : cela figure dans votre lien de résultats.",
    withResult:
      "Votre résultat « {names} » vous accompagne : à la fin, les deux figurent dans un seul lien de résultats.",
    retaking:
      "Vous refaites votre diagnostic. {kept} réponses sur {total} sont reprises du précédent ; ne changez que ce qui a changé.",
    retakingFrom:
      "Vous refaites votre diagnostic du {date}. {kept} réponses sur {total} sont reprises du précédent ; ne changez que ce qui a changé.",
    fresh: plural({
      one: "{n} question est nouvelle ou a changé depuis, signalée par « Nouveau depuis la dernière fois ».",
      other: "{n} questions sont nouvelles ou ont changé depuis, signalées par « Nouveau depuis la dernière fois ».",
    }),
    loading: "Chargement de vos réponses précédentes…",
    failed:
      "{problem} Vous pouvez tout de même refaire le diagnostic à neuf ; le lien d’où vous venez est inchangé, rien n’est donc perdu.",
    loadFailed: "Les réponses précédentes n’ont pas pu être chargées : {error}.",
    leftOut: {
      with: "Le résultat d’un autre diagnostic qu’apporte ce lien est illisible, il est donc laissé de côté : {problem}",
      retake: "Le résultat à refaire est illisible, aucune réponse n’en est donc reprise : {problem}",
    },
    link,
    invitation: invitationLink,
  },
};
