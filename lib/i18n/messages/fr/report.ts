import type { ReportMessages } from "../en/report";
import { plural } from "../plural";

export const report: ReportMessages = {
  view: {
    reading: "Lecture de votre résultat…",
    printedEarly:
      "Cette page a été imprimée avant que votre rapport ne soit construit à partir de son lien : elle ne contient donc aucun rapport. Fermez l’aperçu avant impression, attendez que le rapport s’affiche à l’écran, puis imprimez de nouveau.",
    cannotShow: "Ce résultat ne peut pas être affiché",
    takeJourney: "Faire l’autodiagnostic de la trajectoire",
    home: "Aller à la page d’accueil",
  },
  printedOn: "Imprimé le {date} depuis Outside-In.",
  sections: {
    since: "Évolution depuis la dernière fois",
    plan: "Votre plan d’action",
    journeyHint: "Stades, cibles et degré de certitude de chacun, et vos réponses, domaine par domaine",
    blundersHint: "Chaque erreur, son alternative, et les réponses qui la signalent",
    relation: "Le lien entre les deux résultats",
    relationHint: "Quelles erreurs peuvent freiner quels domaines",
    share: "Imprimer, télécharger ou partager",
    shareHint: "Nommer le résultat, copier son lien, le comparer à un résultat antérieur",
  },
  summary: {
    title: "Synthèse",
    overallStage: "Stade global",
    notPlaced: "Pas assez de réponses pour situer l’organisation à un stade.",
    overallAvoidance: "Évitement global",
    noOverall: "Pas assez de réponses pour un score global.",
    priorities: "Vos trois priorités",
    hold: "Maintenez ce niveau : la cible est déjà atteinte.",
    seePlan: plural({ one: "Voir votre plan d’action : {n} étape", other: "Voir votre plan d’action : {n} étapes" }),
  },
  stages: { label: "Les six stades", here: "Vous êtes ici", next: "Stade suivant" },
  table: {
    area: "Domaine",
    answered: "Réponses",
    answeredOf: "{answered} sur {total}",
    dontKnow: "({n} « Je ne sais pas »)",
    now: "Aujourd’hui",
    target: "Cible",
    gap: "Écart",
  },
  benchmark: {
    title: "Comparé à {n} dirigeants de {name}",
    caption: "Percentile par domaine : la part de ces dirigeants dont le score est inférieur",
    percentile: "Percentile",
    scrollLabel: "Percentile par domaine parmi les dirigeants de {name}",
  },
  blunders: {
    caption: "Évitement par erreur, sur une échelle de 0 (l’erreur est présente) à 100 (évitée)",
    avoidance: "Évitement",
    listTitle: "Chaque erreur, et son alternative",
    looksLike: "À quoi elle ressemble :",
    alternative: "L’alternative « flashpoint » :",
    inYourOrganisation: "Dans votre organisation :",
    yourAnswers: "vos réponses qui signalent cette erreur.",
  },
  combined: {
    noneAtRisk:
      "Aucune des erreurs n’est un risque dans ce résultat : ce ne sont donc probablement pas des habitudes qui freinent la trajectoire.",
  },
  journey: {
    caption:
      "Stade par domaine : aujourd’hui, cible et écart, sur une échelle de 1 (logique produit) à 6 (orientation client)",
    agreeBefore: "Sous chaque stade, le degré d’accord entre vos propres réponses dans ce domaine ;",
    agreeLink: "le calcul des scores",
    agreeAfter: "explique comment cela décide si une évolution ultérieure compte comme un progrès.",
    answersTitle: "Vos réponses, domaine par domaine",
    answersIntro: "Ce qui fonde chaque score : ce qui se passe aujourd’hui selon vous, et le stade que cela indique.",
    dontKnow: "Je ne sais pas",
    notAnswered: "Sans réponse",
  },
  notes: {
    note: "Note : ",
    title: "Vos notes",
    inLink: plural({
      one: "Ce lien contient {n} note : toute personne qui a le lien peut la lire.",
      other: "Ce lien contient {n} notes : toute personne qui a le lien peut les lire.",
    }),
    kept: plural({
      one: "{n} note est conservée dans ce navigateur uniquement. Si vous l’ajoutez au lien, toute personne qui a le lien pourra la lire.",
      other:
        "{n} notes sont conservées dans ce navigateur uniquement. Si vous les ajoutez au lien, toute personne qui a le lien pourra les lire.",
    }),
    remove: "Retirer mes notes du lien",
    include: "Inclure mes notes dans le lien",
    tooLong:
      "Avec les notes, le lien dépasserait les {max} caractères que le site lit : elles restent donc dans ce navigateur. Raccourcissez certaines notes lors d’un nouveau passage pour les partager.",
    included: "Le lien contient maintenant vos notes. Copiez-le de nouveau pour partager cette version.",
    removed: "Le lien ne contient plus vos notes. Les liens copiés auparavant les contiennent toujours.",
    before: "Note avant : ",
    now: "Note maintenant : ",
  },
  other: {
    title: "Compléter le tableau",
    intro:
      "Les deux autodiagnostics s’éclairent l’un l’autre : les erreurs montrent souvent pourquoi un stade stagne. Un rapport qui contient les deux dit comment ils sont liés.",
    size: "{questions} questions, environ {minutes} minutes.",
    add: "Ajouter votre résultat du {date}",
    start: "Commencer l’autre autodiagnostic",
  },
  actions: {
    copied: "Lien copié. Toute personne qui l’a voit ce rapport ; rien d’autre n’est partagé.",
    blocked: "Le navigateur a bloqué la copie. Copiez plutôt l’adresse depuis la barre d’adresse.",
    print: "Imprimer ou enregistrer en PDF",
    copy: "Copier le lien",
    json: "Télécharger le JSON",
    csv: "Télécharger le CSV",
  },
  retake: {
    title: "Refaire plus tard",
    intro:
      "Dans quelques mois, repartez de ces réponses : vous ne changez que ce qui a changé, et le nouveau rapport montre ce qui a bougé depuis celui-ci.",
    button: "Refaire avec ces réponses",
  },
  share: {
    title: "Nommer et partager ce résultat",
    role: "Votre fonction ou votre nom",
    org: "Organisation",
    orgInProblem: "L’organisation",
    optional: "(facultatif)",
    add: "Ajouter au lien",
    saved: "Le lien contient maintenant ces noms. Copiez-le de nouveau pour partager la nouvelle version.",
    shareTitle: "Résultat Outside-In",
    privacy: "Les noms ne sont conservés que dans le lien. Toute personne à qui vous l’envoyez les voit.",
    share: "Partager…",
    compare: "Comparer à un résultat antérieur",
  },
  since: {
    byArea: "Évolution par domaine : {scale}",
    nothing: "Le résultat antérieur ne contient aucun des autodiagnostics de celui-ci : il n’y a donc rien à comparer.",
    unmatched: "Présents dans un seul des deux résultats, donc non comparés : {names}.",
  },
  moved: {
    none: "Aucune réponse n’a changé",
    some: plural({ one: "{n} réponse a changé", other: "{n} réponses ont changé" }),
    label: "Réponses qui ont changé",
    before: "Avant :",
    after: "Après :",
  },
  targetsReached: "Cibles atteintes",
  targets: {
    legend: "Cibles : où chaque domaine doit arriver",
    intro:
      "Chacune commence un stade au-dessus du niveau actuel du domaine, sauf si une cible a été choisie : un nouveau passage garde les cibles fixées la dernière fois. Changez-en une, et le plan d’action, le radar et le lien suivent. Indiquez l’importance actuelle d’un domaine, et le plan d’action commence par ce qui est essentiel à votre stratégie.",
    now: "aujourd’hui {figure}",
  },
  printLink: {
    region: "Le lien de ce rapport",
    open: "Ouvrir ce rapport :",
    code: "Code QR du lien de ce rapport",
    noCode: "Ce lien est trop long pour un code QR : saisissez ou copiez l’adresse ci-dessous pour ouvrir le rapport.",
    noNotes:
      "Le lien est trop long pour un code QR avec les notes qu’il contient : le code ouvre le même résultat sans elles. L’adresse ci-dessous contient les notes.",
    noNamesOrNotes:
      "Le lien est trop long pour un code QR avec les notes et les noms qu’il contient : le code ouvre le même résultat sans eux.",
    noNames:
      "Le lien est trop long pour un code QR avec les noms qu’il contient : le code ouvre le même résultat sans eux.",
  },
};
