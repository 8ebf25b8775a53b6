import type { TeamInputMessages } from "../en/team-input";
import { plural } from "../plural";

export const teamInput: TeamInputMessages = {
  linksLabel: "Liens de résultats, un par ligne (jusqu’à {max})",
  fileLabel: "Ou chargez un fichier texte ou CSV de liens",
  invitationLabel: "Le lien d’invitation auquel ils ont répondu",
  invitationHint: "(facultatif : montre qui a répondu)",
  show: "Afficher la vue d’équipe",
  clear: "Vider la zone",
  cleared: "La zone est vide, et rien n’en est conservé dans ce navigateur.",
  fileAdded: "Les lignes de {file} ont été ajoutées. Choisissez « Afficher la vue d’équipe » pour les lire.",
  kept: "Ce que vous collez reste dans ce navigateur jusqu’à ce que vous le vidiez, et la vue d’équipe est inscrite dans l’adresse : un rechargement ou un favori la ramène. Rien n’est envoyé.",
  readingLinks: "Lecture des liens…",
  reading: plural({
    one: "Lecture de {n} ligne… {done} traitée(s)",
    many: "Lecture de {n} de lignes… {done} traitées",
    other: "Lecture de {n} lignes… {done} traitées",
  }),

  tooLarge: "{what} fait {size} ; la vue d’équipe lit jusqu’à {limit} (des milliers de liens). {advice}",
  what: { file: "Ce fichier", text: "Ce texte", link: "Ce lien d’équipe" },
  sizeAdvice: {
    file: "Divisez-le, ou collez seulement les liens.",
    text: "Divisez-le, ou collez seulement les liens.",
    link: "Demandez plutôt les liens dans un fichier, et chargez-le en plusieurs parties.",
  },
  notText: {
    file: "Ce fichier n’est pas un fichier texte (il contient des données binaires, comme une image, un tableur ou un PDF) : il n’a pas été lu. Chargez un fichier .txt ou .csv de liens ; un tableur peut être enregistré en CSV.",
    text: "Ce texte n’est pas du texte brut (il contient des données binaires) : il n’a pas été lu. Collez seulement les liens.",
    link: "Ce lien d’équipe contient des données binaires et non des liens de résultats : il n’a pas été lu. Demandez-en une nouvelle copie.",
  },
  bytes: plural({ one: "{n} octet", other: "{n} octets" }),
  kilobytes: "{n} Ko",
  megabytes: "{n} Mo",
  noTeamLink: "Cette adresse ne contient aucun lien d’équipe à lire.",
  unreadLines: plural({
    one: "Seules les {max} premières lignes ont été lues ; {n} autre ligne n’a pas été lue. Divisez l’entrée pour lire le reste.",
    other:
      "Seules les {max} premières lignes ont été lues ; {n} autres lignes n’ont pas été lues. Divisez l’entrée pour lire le reste.",
  }),

  problemsTitle: "Lignes non comptées",
  problemLine: "Ligne {n}",
  moreProblems: plural({
    one: "… et {n} autre ligne n’a pas été comptée.",
    other: "… et {n} autres lignes n’ont pas été comptées.",
  }),

  storageFull:
    "Le stockage de ce navigateur est plein : ce que vous avez collé n’y est pas conservé, mais il est lu comme d’habitude.",
  storageOff:
    "Ce navigateur ne conserve rien pour ce site (le stockage est désactivé) : ce que vous avez collé n’y est pas conservé, mais il est lu comme d’habitude.",
  otherTabCleared:
    "Un autre onglet de la vue d’équipe a vidé la liste conservée dans ce navigateur. Cet onglet garde la sienne ; ce que vous tapez ou collez ici est de nouveau conservé.",
  otherTabChanged:
    "Un autre onglet de la vue d’équipe a modifié la liste conservée dans ce navigateur (elle contient maintenant {lines}). Cet onglet garde la sienne ; ce que vous tapez ou collez ici est conservé à la place de celle de l’autre onglet. Rechargez cette page pour reprendre la liste de l’autre onglet.",
  lines: plural({ one: "{n} ligne", other: "{n} lignes" }),

  heldNote:
    "{what} est trop long pour être affiché dans la zone sans ralentir la page : il est conservé à côté de la zone et lu avec elle. Choisissez « Afficher la vue d’équipe » pour le lire.",
  pastedText: "Texte collé",
  thePastedText: "Le texte collé",
  keptList: "La liste conservée dans ce navigateur",
  teamLinkLinks: "Les liens du lien d’équipe",
  heldLabel: "Conservé à côté de la zone",
  removeHeld: "Retirer {name}",
  describeHeld: "{name} : {size}, {lines}",
};
