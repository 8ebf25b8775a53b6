import type { TeamMessages } from "../en/team";
import { plural } from "../plural";

export const team: TeamMessages = {
  loading: "Chargement de la vue d’équipe…",
  tooLongForAddress:
    "Cette équipe est trop grande pour la barre d’adresse : un rechargement ne la ramènera pas. Les liens restent dans la zone, conservés dans ce navigateur.",
  addressOnRequest:
    "Le lien d’équipe de cette équipe compte {n} caractères. Écrire un lien aussi long dans l’adresse bloque cette page un moment : il n’y est donc écrit que si vous le demandez. Un rechargement ou un favori ramène alors cette équipe.",
  putInAddress: "Mettre cette équipe dans l’adresse",
  inAddress: "L’adresse contient maintenant cette équipe : un rechargement ou un favori la ramène.",

  resultsRead: plural({ one: "{n} résultat lu", many: "{n} de résultats lus", other: "{n} résultats lus" }),
  leaders: plural({ one: "{n} dirigeant", many: "{n} de dirigeants", other: "{n} dirigeants" }),
  respondents: plural({ one: "{n} répondant", many: "{n} de répondants", other: "{n} répondants" }),
  status: "{results}{skipped}{mail}.",
  statusSkipped: plural({ one: ", {n} ligne ignorée", other: ", {n} lignes ignorées" }),
  statusMail: plural({
    one: ", {n} ligne de courriel (en-têtes, citations, signatures) laissée de côté",
    other: ", {n} lignes de courriel (en-têtes, citations, signatures) laissées de côté",
  }),
  paired: plural({
    one: "{n} dirigeant a envoyé ses deux diagnostics en liens séparés avec le même rôle et la même organisation ; il compte pour un seul dirigeant.",
    other:
      "{n} dirigeants ont envoyé leurs deux diagnostics en liens séparés avec le même rôle et la même organisation ; chacun compte pour un seul dirigeant.",
  }),
  unpaired:
    "{links} liens indiquent « {who} » mais pourraient être appariés de plusieurs façons : ils sont donc affichés côte à côte.",
  labelAndOrg: "{label} · {org}",
  invitationUnreadable: "Le lien d’invitation est illisible : qui a répondu n’est donc pas affiché. {reason}",
  present: "Présenter la vue d’équipe",
  openingPresent: "Ouverture du mode présentation…",
  leaderNumbered: "Dirigeant {n}",

  overallTitle: "L’équipe dans son ensemble",
  teamName: "Équipe :",
  tooFewForOverall: "Trop peu de réponses pour un résultat global",
  stageHeadline: "Stade {stage}",
  stageDetail: "moyenne de l’équipe {mean} sur {leaders}",
  pointsOf100: "{score} / 100",
  withBand: "{score} : {band}",
  blundersDetail: "erreurs évitées, moyenne de l’équipe sur {leaders}",
  bands: { high: "Risque élevé", watch: "À surveiller", healthy: "Sain" },

  findingsTitle: "Ce que disent les réponses",
  and: " et ",
  comma: ", ",
  distanceStages: plural({ one: "{n} stade", other: "{n} stades" }),
  distancePoints: plural({ one: "{n} point", other: "{n} points" }),
  farLower: "{leader} bien plus bas ({score})",
  farHigher: "{leader} bien plus haut ({score})",
  apartWho: "{leaders} ({share} %)",
  apartSides: "{low} bien plus bas, {high} bien plus haut",
  campGroup: "{leaders} à {span}",
  camps: "{low} et {high}, à {distance} d’écart",
  everyArea: "chaque domaine",
  mostAreas: "la plupart des domaines ({n} sur {of})",
  standsOutBoth:
    "{leader} voit {areas} très différemment du reste de l’équipe, bien plus bas dans certains et bien plus haut dans d’autres.",
  standsOutLow:
    "{leader} voit {areas} bien plus bas que le reste de l’équipe : {theirs} en moyenne, là où la médiane de l’équipe est de {team}.",
  standsOutHigh:
    "{leader} voit {areas} bien plus haut que le reste de l’équipe : {theirs} en moyenne, là où la médiane de l’équipe est de {team}.",
  oneLeader:
    "Un seul dirigeant a répondu : il n’y a pas encore de dispersion à lire. À partir de {min} dirigeants, ceci indique s’ils sont d’accord.",
  twoLeaders: "Seuls deux dirigeants ont répondu : trop peu pour dire si l’équipe est d’accord.",
  twoLeadersApart: " Ils sont à {far} ou plus d’écart en {areas}.",
  tooFewPerArea:
    "Aucun domaine n’a été évalué par {min} dirigeants ou plus : il n’y a pas encore de dispersion à lire.",
  moreStandOut: plural({
    one: "{n} autre dirigeant voit la plupart des domaines loin du reste de l’équipe ; la grille indique où.",
    many: "{n} d’autres dirigeants voient la plupart des domaines loin du reste de l’équipe ; la grille indique où.",
    other: "{n} autres dirigeants voient la plupart des domaines loin du reste de l’équipe ; la grille indique où.",
  }),
  twoCamps: "En {area}, l’équipe se divise en deux camps : {camps}.",
  farCounted: "En {area}, {who} se situent à {far} ou plus de la médiane de l’équipe ({median}) : {sides}.",
  farNamed: "En {area} : {named} que le reste ; la médiane de l’équipe est de {median}.",
  middleHalfApart:
    "En {area}, la moitié centrale de l’équipe s’étend sur {span}, soit {far} ou plus : les dirigeants le voient différemment, ce qui mérite d’en parler.",
  broadlyAgree:
    "Les dirigeants sont globalement d’accord : dans chaque domaine{except}, chacun des {n} dirigeants est à moins de {far} de la médiane de l’équipe.",
  broadlyAgreeExcept: " ({areas} : trop peu de réponses pour en juger)",
  importanceSplit:
    "En {area}, les dirigeants ne s’accordent pas sur ce qui compte : {critical} l’a marqué essentiel à notre stratégie, {less} moins important pour l’instant{others}",
  importanceOthers: " ({others}).",
  importanceNoOthers: ".",
  markedImportant: "{n} l’a marqué important",
  leftUnmarked: "{n} ne l’a pas marqué",

  areaUnscored: "Aucun dirigeant n’a évalué ce domaine.",
  areaOneScored: "Un seul dirigeant a évalué ce domaine.",
  areaPairApart: "Les deux dirigeants sont à {distance} d’écart.",
  areaPairWithin: "Les deux dirigeants sont à moins de {far} l’un de l’autre.",
  areaTwoCamps: "Deux camps : {camps}.",
  areaFarCounted: "{who} se situent à {far} ou plus de la médiane ({median}) : {sides}.",
  areaFarNamed: "{named}{also}.",
  areaFarAlso: " ; aussi {leaders} cité(s) plus haut",
  areaMiddleHalf: "La moitié centrale s’étend sur {far} ou plus : les dirigeants ne sont pas d’accord.{also}",
  areaMiddleHalfAlso: " Aussi {leaders} cité(s) plus haut.",
  areaWithinBut: "À moins de {far} de la médiane ({median}), sauf {leaders} cité(s) plus haut.",
  areaWithin: "Tous sont à moins de {far} de la médiane ({median}).",

  importanceTitle: "Ce qui compte pour l’équipe",
  importanceHow:
    "Le niveau de l’équipe est le niveau central parmi ceux que ses dirigeants ont marqués (le plus bas des deux niveaux centraux quand leur nombre est pair) ; le plan de l’équipe place en tête les domaines qui comptent le plus.",
  importanceCaption: "Combien de dirigeants ont marqué chaque domaine à chaque niveau",
  importanceScroll: "Ce qui compte pour l’équipe, domaine par domaine",
  area: "Domaine",
  importance: {
    critical: "Essentiel à notre stratégie",
    important: "Important",
    less: "Moins important pour l’instant",
  },
  notMarked: "Non marqué",
  teamLevel: "Le niveau de l’équipe",
  teamDisagrees: " · l’équipe n’est pas d’accord",

  gridTitle: "Qui voit quoi",
  gridCaption: "Le score de chaque dirigeant par domaine",
  gridCaptionOf: "Le score de chaque dirigeant par domaine : {title}",
  leader: "Dirigeant",
  farLowerMark: "bien plus bas que l’équipe",
  farHigherMark: "bien plus haut que l’équipe",
  gridShowing: "{shown} dirigeants affichés sur {all}.",
  gridMore: "Afficher {n} de plus",
  legendStages: "Les cellules de la trajectoire sont teintées par stade, d’autant plus que le stade est avancé :",
  legendBands: "Les cellules des erreurs par niveau de risque :",
  legendMarks:
    "↓ et ↑ signalent un dirigeant à {far} ({farPoints}) ou plus en dessous ou au-dessus de la médiane de l’équipe dans ce domaine, lorsqu’au moins {min} dirigeants l’ont évalué.",

  disputedTitle: "Là où les dirigeants divergent le plus",
  noDispute:
    "À chaque question, la moitié centrale des dirigeants a choisi la même réponse : il n’y a pas de désaccord à discuter.",
  answeredCaption: "Les réponses des dirigeants : {question}",
  answer: "Réponse",
  leadersColumn: "Dirigeants",
  dontKnow: "Je ne sais pas",
  discuss: "À discuter :",
  after: "D’après {credit}.",
  sameAreaAs:
    "Les questions {at} et {n} portent toutes deux sur {area} : la piste de discussion de la question {at} couvre aussi celle-ci.",
  notesTitle: "Ce que les dirigeants ont noté",
  notesLabel: "Notes laissées par les dirigeants sur cette question",
  showMoreNotes: plural({
    one: "Afficher {n} note de plus, sur {left} non affichées",
    other: "Afficher {n} notes de plus, sur {left} non affichées",
  }),
  moreNotes: plural({
    one: "{n} autre note se trouve dans la vue d’équipe.",
    other: "{n} autres notes se trouvent dans la vue d’équipe.",
  }),

  recommendationsTitle: "Ce que l’équipe pourrait faire ensuite",
  noRecommendation:
    "Aucun domaine n’est assez faible pour une étape d’équipe : chaque domaine est au stade 6 ou à l’abri des erreurs.",
  read: "À lire :",
  inEnglish: "en anglais",
  whereStages: "moyenne de l’équipe {mean} : du stade {from} au stade {to}",
  whereBlunders: "moyenne de l’équipe {score} / 100 : {band}",

  spreadHeading: "{title} : {respondents}",
  versionsNote: "Ces résultats couvrent les versions {versions} ; les domaines sont comparés là où ils existent.",
  spreadCaption: "Dispersion de l’équipe par domaine",
  spreadScroll: "Dispersion de l’équipe par domaine : {heading}",
  mean: "Moyenne",
  lowestHighest: "Plus bas–plus haut",
  middleHalf: "Moitié centrale",
  median: "Médiane",
  whatItSays: "Ce que cela dit",
  spreadFigcaption: "Chaque point est un dirigeant ; la bande est la moitié centrale de l’équipe, la ligne sa médiane.",
  spreadTableCaption: "La dispersion par domaine : {title}",
  lowest: "Plus bas",
  highest: "Plus haut",

  respondentsTitle: "Répondants",
  respondentsHint: "Chacun des {n} résultats avec son score global",
  respondentsCaption: "Chaque répondant avec son résultat global",
  preparingTable: "Préparation du tableau…",
  line: "Ligne",
  label: "Intitulé",
  organisation: "Organisation",
  language: "Langue",
  columnStage: "{title} : stade",
  columnAvoidance: "{title} : évitement",
  shareTitle: "Partager ou exporter cette vue d’équipe",
  shareHint: "Un lien pour toute l’équipe, les liens dans un fichier, ou un tableur",
  preparingExports: "Préparation des exports…",

  csv: {
    row: "type de ligne",
    questionnaire: "questionnaire",
    areaOrLine: "domaine ou ligne",
    label: "intitulé",
    organisation: "organisation",
    meanOrScore: "moyenne ou score",
    min: "min",
    max: "max",
    range: "étendue",
    iqr: "écart interquartile",
    note: "remarque",
  },
  csvVersion: "version {n}",
};
