import type { WorkshopMessages } from "../en/workshop";
import { plural } from "../plural";

export const workshop: WorkshopMessages = {
  slideTitle: "La vue de l’équipe",
  slideSubtitle: "{leaders} · {date}",
  slidePart: "{title} ({n} sur {of})",
  slideFindings: "Ce que disent les réponses : {title}",
  slideSpread: "La dispersion par domaine : {title}",
  slideGrid: "Qui voit quoi",
  slideGridOf: "Qui voit quoi : {title}",
  slideTooMany: plural({
    one: "{n} dirigeant, c’est trop pour les montrer un par un sur une diapositive. La dispersion par domaine les montre tous ; la grille est dans la vue d’équipe.",
    other:
      "{n} dirigeants, c’est trop pour les montrer un par un sur une diapositive. La dispersion par domaine les montre tous ; la grille est dans la vue d’équipe.",
  }),
  slideDisputed: "Là où les dirigeants divergent le plus",
  slideRecommendations: "Ce que l’équipe pourrait faire ensuite",
  slideActions: "Actions décidées",
  action: "Action",
  owner: "Responsable",
  due: "Échéance",

  presentMode: "Mode présentation",
  presentation: "Présentation",
  previous: "← Précédente",
  next: "Suivante →",
  position: "{n} sur {of}",
  showNames: "Afficher les noms",
  leave: "Quitter (Échap)",
  letterName: "Dirigeant {letter}",

  evidenceEach:
    "Chaque point est un dirigeant ; la ligne est la médiane de l’équipe, la zone ombrée s’étend à {far} de part et d’autre",
  evidenceCamps: "{each}. Les deux camps sont à {distance} d’écart.",
  evidenceFar: "{each}. Les points marqués sont à {far} ou plus de la médiane.",
  evidenceStandsOut: "{each}. Le point marqué est à {far} ou plus de la médiane.",
  evidenceMiddle: "{each}. La bande encadrée est la moitié centrale de l’équipe.",
  evidenceAgree: "{each} : chaque point s’y trouve.",
  campLabel: "{n} à {span}",
  marks: { low: "bien plus bas", high: "bien plus haut", "camp-low": "camp du bas", "camp-high": "camp du haut" },
  dotCount: "{n} dirigeants à {value}{mark}",
  dotLeader: "{name} {value}{mark}",
  dotMark: " ({mark})",
  evidenceArea: "Domaine",
  evidenceMedian: "Médiane",
  evidenceEachLeader: "Chaque dirigeant",

  overTimeTitle: "L’équipe dans le temps",
  earlierLabel: "Un lien d’équipe antérieur, comme celui de l’an dernier",
  compare: "Comparer avec cette équipe",
  noEarlierLinks: "Aucun lien de résultats n’a été trouvé dans le lien d’équipe antérieur.",
  agreedLastTime: "Décidé la dernière fois",
  agreedBy: "pour le {due}",
  then: "Avant : moyenne (dispersion)",
  now: "Maintenant : moyenne (dispersion)",
  changeInMean: "Évolution de la moyenne",
  changeInSpread: "Évolution de la dispersion",
  nothingInCommon: "Les deux équipes n’ont aucun diagnostic en commun : il n’y a rien à comparer.",
  areaAt: "{mean} (moitié centrale large de {iqr})",
  agreeMore: "{change} (plus d’accord)",
  agreeLess: "{change} (moins d’accord)",
  changeCaption: "{title} : avant {before}, maintenant {after} ; global {from} → {to} ({change})",

  actionsTitle: "Actions décidées",
  actionsNone: "Aucune pour l’instant. Notez ce que la salle décide, qui s’en charge et pour quand.",
  actionsCaption: "Actions décidées, par échéance",
  about: "Sujet",
  remove: "Retirer",
  removeLabel: "Retirer : {action}",
  addAction: "Ajouter l’action",
  actionAdded: "Action ajoutée : {action}.",
  actionRemoved: "Action retirée : {action}.",
  downloadActions: "Télécharger les actions (CSV)",
  addToCalendar: "Ajouter les échéances à un agenda (.ics)",
  chooseAbout: "Choisissez le sujet de l’action.",
  tooManyActions: "Un lien d’équipe contient au plus {max} actions.",
  writeWhat: "Écrivez ce qui sera fait.",
  actionTooLong:
    "Limitez l’action à {max} caractères (celle-ci en a {n}) : dites en une phrase ou deux ce qui sera fait.",
  ownerInvisible:
    "Le responsable ne contient que des caractères vides ou invisibles (comme des espaces sans largeur ou des caractères de remplissage) : il n’apparaîtrait pas. Écrivez-le avec des lettres ou des chiffres.",
  nameOwner: "Indiquez qui s’en charge : une personne ou un rôle.",
  ownerTooLong: "Limitez le responsable à {max} caractères.",
  chooseDue: "Choisissez la date d’échéance.",
  dueRange: "Choisissez une échéance entre {from} et {to}.",
  cannotSave: "Cette action ne peut pas être enregistrée.",
  actionsDamaged: plural({
    one: "{n} action de ce lien d’équipe est endommagée et a été écartée.",
    other: "{n} actions de ce lien d’équipe sont endommagées et ont été écartées.",
  }),
  actionsCut: plural({
    one: "{n} action de ce lien d’équipe dépasse {max} caractères : elle est affichée tronquée, avec « … » à l’endroit de la coupe.",
    other:
      "{n} actions de ce lien d’équipe dépassent {max} caractères : elles sont affichées tronquées, avec « … » à l’endroit de la coupe.",
  }),
  actionsBlank: plural({
    one: "Le responsable de {n} action n’apparaît pas (seulement des caractères invisibles) : il est laissé vide.",
    other:
      "Les responsables de {n} actions n’apparaissent pas (seulement des caractères invisibles) : ils sont laissés vides.",
  }),
  actionsFarOff: plural({
    one: "{n} action de ce lien d’équipe a une échéance hors de {from}–{to} ({dates}) : elle a été écartée.",
    other: "{n} actions de ce lien d’équipe ont une échéance hors de {from}–{to} ({dates}) : elles ont été écartées.",
  }),
  actionsNewer: plural({
    one: "{n} action a été écrite au format d’action {formats}, par une version d’Outside-In plus récente que celle de ce site (qui lit le format {format}), et ne peut pas être affichée ici.",
    other:
      "{n} actions ont été écrites au format d’action {formats}, par une version d’Outside-In plus récente que celle de ce site (qui lit le format {format}), et ne peuvent pas être affichées ici.",
  }),
  actionsTooMany: plural({
    one: "Seules les {max} premières actions sont lues ; {n} autre a été écartée.",
    other: "Seules les {max} premières actions sont lues ; {n} autres ont été écartées.",
  }),
  noOwner: "aucun responsable désigné",
  aboutArea: "{area} ({title})",
  aboutQuestion: "« {question} » ({title})",
  choiceQuestion: "Question : {question}",
  actionsCsv: { action: "action", owner: "responsable", due: "échéance", about: "sujet" },
  icsOwner: "Responsable : {owner}",
  icsAbout: "Sujet : {about}",
  icsTeam: "Équipe : {team}",

  whoAnsweredTitle: "Qui a répondu",
  listsNoOne:
    "Cette invitation ne nomme personne : il n’y a personne à cocher. Faites la prochaine avec les noms ou les rôles invités.",
  answeredSoFar: plural({
    one: "Réponses à ce jour : {answered} sur {n} personne ou rôle invité.",
    other: "Réponses à ce jour : {answered} sur {n} personnes ou rôles invités.",
  }),
  closingPassed: "La date limite, le {date}, est passée.",
  closingIs: "La date limite est le {date}.",
  answeredMark: " : a répondu",
  notYetMark: " : pas encore",
  alsoAnswered: "Ont aussi répondu, sous un rôle absent de la liste :",
  notYet: "Pas encore :",
  namesNobody: ". Le rappel ne nomme personne : adressez-le vous-même aux personnes concernées.",
  emailReminder: "Envoyer un rappel par courriel",
  sendsNothing:
    "Outside-In n’envoie rien : ce courriel ne part que si vous l’envoyez, et vos réponses sont dans le lien.",
  reminderSubject: "Rappel : deux questionnaires courts avant notre atelier ({team})",
  reminderHello: "Bonjour,",
  reminderBody:
    "Un rappel, au cas où mon invitation se serait perdue : j’aimerais connaître votre propre regard sur l’orientation client de l’organisation aujourd’hui, avant notre rencontre. Si vous m’avez déjà envoyé votre résultat, merci, et ne tenez pas compte de ce message.",
  reminderTeam: "Équipe : {team}",
  reminderPassed:
    "La date limite, le {date}, est passée, mais il est encore temps d’ajouter votre regard avant notre rencontre.",
  reminderBy: "Merci de répondre avant le : {date}",
  reminderStart: "Commencez ici :",

  shareAddress: "L’adresse de cette page est le lien d’équipe : ajoutez-la à vos favoris, ou envoyez-la à un collègue.",
  teamLinkLabel: "Lien d’équipe ({n} caractères)",
  copyTeamLink: "Copier le lien d’équipe",
  copied: "Lien d’équipe copié.",
  copyBlocked: "Le navigateur a bloqué la copie : sélectionnez le lien et copiez-le à la main.",
  tooLongToShare:
    "Un lien contenant les {results} résultats fait {length} caractères. Beaucoup de messageries, de logiciels de courriel et de navigateurs anciens coupent les liens au-delà d’environ {max} caractères : partagez plutôt le fichier de liens, que chacun peut charger dans cette page.",
  downloadLinks: "Télécharger les liens dans un fichier",
  downloadCsv: "Télécharger le CSV",
  packLink: {
    region: "Le lien de cette vue d’équipe",
    open: "Ouvrir cette vue d’équipe :",
    code: "QR code du lien de cette vue d’équipe",
    noCode:
      "Ce lien d’équipe est trop long pour un QR code : tapez ou copiez l’adresse ci-dessous pour ouvrir la vue d’équipe.",
  },
  packTooLong:
    "Le lien de cette équipe fait {n} caractères, trop long pour être imprimé : pour rouvrir la vue d’équipe, chargez le fichier de liens (« Télécharger les liens dans un fichier », sous « Partager ou exporter cette vue d’équipe ») dans la page d’équipe.",
  benchmarkTitle: "Référentiel anonyme",
  benchmarkAbout:
    "Un fichier indiquant combien de dirigeants se situent dans chaque niveau de chaque domaine, par version de questionnaire, avec le nombre de dirigeants et d’équipes : aucun rôle, aucune organisation, aucune réponse. Placez ces fichiers dans {folder} de votre propre copie du site, et les résultats y compareront chaque dirigeant à ce référentiel.",
  benchmarkName: "Qui sont ces dirigeants, tels que les résultats les nommeront",
  benchmarkPlaceholder: "mes clients",
  downloadBenchmark: "Télécharger le fichier de référentiel",
  benchmarkVersion: "{title}, version {version}",
  benchmarkArea: "{area} dans {version}",
  benchmarkGroup: "{group} ({leaders})",
  benchmarkLeaders: plural({ one: "{n} dirigeant", other: "{n} dirigeants" }),
  benchmarkSomeQuestionnaire: "Un questionnaire",
  benchmarkSomeArea: "Un domaine",
  benchmarkNone:
    "Un référentiel demande au moins {n} dirigeants dans chaque version de questionnaire et chaque domaine qu’il décrit, pour que personne ne puisse y être reconnu ; dans cette équipe, aucun groupe n’en compte autant.",
  leftOut: "Écartés, trop peu nombreux pour rester anonymes : {groups}.",
};
