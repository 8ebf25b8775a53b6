import type { ScoringMessages } from "../en/scoring";
import { plural } from "../plural";

export const scoring: ScoringMessages = {
  title: "Le calcul des scores",
  lead: "Tout se passe dans votre navigateur. Les règles sont simples à dessein, pour que vous puissiez vérifier n’importe quel résultat à la main.",
  journey: {
    heading: "La trajectoire : six stades",
    evidence:
      "Chaque question décrit quelque chose d’observable, par exemple qui règle une réclamation qui concerne deux services. Chaque option de réponse décrit à quoi cela ressemble à un stade donné : votre réponse est donc un indice de ce stade.",
  },
  answers: {
    heading: "Des réponses au stade",
    areaScore: {
      term: "Le score d’un domaine",
      text: "{term} est le stade moyen de ses questions répondues. Avec des réponses aux stades 2, 3, 3 et 4, le score est (2 + 3 + 3 + 4) ÷ 4 = 3,0.",
    },
    dontKnow: {
      term: "« Je ne sais pas »",
      text: "{term} n’entre pas dans la moyenne. C’est une réponse honnête, pas un zéro. Si vous ne savez pas, cela vaut déjà la peine de le découvrir.",
    },
    notEnough: {
      term: "Pas assez de réponses :",
      text: "{term} un domaine a besoin qu’au moins la moitié de ses questions aient reçu une vraie réponse. En dessous, il est présenté comme « pas assez de réponses » plutôt que par un chiffre trompeur.",
    },
    overall: {
      term: "Le stade global",
      text: "{term} est la moyenne des domaines notés, arrondie au stade le plus proche. Une moitié exacte est arrondie vers le bas : 3,5 donne le stade 3 et 3,6 le stade 4. Nous arrondissons vers le bas à la moitié parce qu’un stade ne compte que lorsque l’essentiel des indices le montre. Il faut qu’au moins la moitié des domaines soient notés pour donner un stade global.",
    },
    next: {
      term: "Le prochain stade",
      text: "{term} est celui qui suit le vôtre. Les recommandations visent vos domaines les plus faibles, car une trajectoire est freinée par sa partie la plus lente : vos trois priorités et votre plan d’action commencent tous deux par le plus faible, {order}.",
    },
    matters: {
      term: "Ce qui compte pour vous",
      text: "{term} peut changer cet ordre. À côté de la cible de chaque domaine, le rapport vous permet de le marquer « {levels} », ou de le laisser sans marque. Dès qu’un domaine est marqué, les priorités et le plan d’action suivent cet ordre : {order} ; sans aucune marque, rien ne change. Un graphique place alors chaque domaine marqué dans l’un de quatre quadrants ({quadrants}) : {placed}.",
    },
    levelsJoin: " », « ",
  },
  areas: {
    heading: "Les stades propres à chaque domaine",
    text: "Les réponses d’un domaine décrivent la pratique propre à ce domaine : une organisation peut donc être au stade 5 dans un domaine et au stade 2 dans un autre. Les cibles, le plan d’action et le tableau des résultats nomment les stades d’un domaine avec ses propres mots. {credit}",
    caption: "Les six stades de chaque domaine",
    area: "Domaine",
    stage: "Stade {n}",
    detail: "À quoi ressemble chaque stade : {area}",
    areaCase: "as-is",
  },
  sure: {
    heading: "Quelle confiance accorder à chaque chiffre",
    spread:
      "Le score d’un domaine est une moyenne, et une moyenne cache à quel point les réponses qui la composent concordent. À côté du stade de chaque domaine, le rapport le dit : « réponses du stade 2 au stade 5 » quand vos propres réponses dans ce domaine désignent des stades allant de 2 à 5, ou « les 4 réponses au stade 3 » quand elles concordent.",
    progressHeading: "Quand une évolution compte comme un progrès",
    progress:
      "Une seule règle tranche pour chaque évolution que le site affiche : sur la page de comparaison, dans « Évolution depuis la dernière fois », sur papier et dans le CSV. Une évolution dans un domaine ne compte comme un progrès ou un recul que si elle dépasse ce que produirait une seule réponse passant d’un bout de cet écart à l’autre : le stade le plus haut moins le plus bas, divisé par le nombre de réponses. Avec des réponses aux stades {answers}, cela donne ({high} − {low}) ÷ {count} = {margin} ; ainsi {small}, mais {large}. Une évolution exactement de cette taille reste dans l’écart. Des deux résultats, c’est celui dont l’écart est le plus large qui tranche. La même règle s’applique aux erreurs, sur leur échelle de 0 à 100.",
    average:
      "Le stade moyen est la moyenne des domaines ; il est donc tenu à la moyenne de leurs marges : si aucun domaine n’a bougé de plus que sa propre marge, la moyenne ne peut pas bouger davantage. Arrondir chaque chiffre à deux décimales peut ajouter {rounding}, ce qui est donc aussi admis. Avec des domaines dont les marges sont {margins}, la marge de la moyenne est {mean} + {rounding} = {margin}, et une hausse de {rise} est {verdict}. L’évitement global des erreurs suit la même règle, avec {blundersRounding} point pour l’arrondi aux nombres entiers. Le stade global est la moyenne arrondie : un pas vers le haut ou vers le bas ne compte donc que lorsque l’évolution de la moyenne compte.",
    numbersJoin: " ; ",
    targets:
      "Refaire le diagnostic conserve les cibles que vous avez fixées. Chacune est {target} ; la page de comparaison dit la même chose des cibles fixées dans le résultat précédent.",
  },
  rules: {
    below: "sous {n}",
    range: "de {from} à {to}",
    orMore: "à partir de {n}",
    move: "une variation de {n} est {verdict}",
    verdicts: {
      progress: "un progrès",
      decline: "un recul",
      unchanged: "sans changement",
      withinSpread: "« {within} »",
    },
    target: "atteinte lorsque le stade du résultat ultérieur dans ce domaine l’égale ou la dépasse",
  },
  blunders: {
    heading: "Les cinq erreurs de service",
    intro:
      "Le diagnostic des cinq erreurs s’appuie sur les cinq erreurs de service décrites par Paul Levesque dans {book}. Vous évaluez des affirmations de « Pas du tout d’accord » à « Tout à fait d’accord ». Certaines affirmations décrivent l’erreur, d’autres sa meilleure alternative : tout approuver ne donne donc pas un bon score.",
    book: "Customer Service From The Inside Out Made Easy",
    answer: {
      term: "Chaque réponse",
      text: "{term} obtient de 0 à 100 selon qu’elle montre l’erreur plus ou moins évitée. Pour une affirmation qui décrit l’erreur, « Pas du tout d’accord » vaut 100, « Pas d’accord » 75, le milieu 50, « D’accord » 25 et « Tout à fait d’accord » 0. Pour une affirmation qui décrit l’alternative, l’échelle s’inverse.",
    },
    avoidance: {
      term: "Le score d’évitement d’une erreur",
      text: "{term} est la moyenne de ses réponses, arrondie à l’entier. Les mêmes règles « Je ne sais pas » et « au moins la moitié des questions répondues » s’appliquent.",
    },
    bands: { term: "Niveaux de risque :", band: "{label} {range}", join: ", ", last: " et " },
    bandsInSentence: { high: "risque élevé", watch: "à surveiller", healthy: "sain" },
    overall: {
      term: "Le score global",
      text: "{term} est la moyenne arrondie des scores des erreurs, avec les mêmes niveaux : le rapport affiche le score global avec son propre niveau et indique à part combien d’erreurs sont à risque élevé, en nommant chacune.",
    },
  },
  team: {
    heading: "Quand plusieurs dirigeants répondent",
    intro:
      "La vue d’équipe compare les scores de chaque domaine à la {median} de l’équipe pour ce domaine (le score du milieu : un dirigeant qui voit tout autrement ne peut pas la déplacer). Chaque phrase qu’elle écrit suit l’une de ces règles, et le dossier d’atelier, les diapositives et le tableur disent la même chose.",
    median: "médiane",
    far: "{stages} sur la trajectoire, ou {points} pour les erreurs",
    leaders: plural({ one: "{n} dirigeant", other: "{n} dirigeants" }),
    stages: plural({ one: "{n} stade", other: "{n} stades" }),
    points: plural({ one: "{n} point", other: "{n} points" }),
    farFrom: {
      term: "Loin de l’équipe :",
      text: "{term} un dirigeant dont le score s’écarte d’au moins {far} de la médiane du domaine se situe bien au-dessous ou bien au-dessus de l’équipe. La grille marque exactement ces dirigeants d’un ↓ ou d’un ↑. Il faut au moins {min} dirigeants ayant un score dans le domaine : à deux, la médiane n’est que le point entre eux.",
    },
    camps: {
      term: "Deux camps :",
      text: "{term} l’équipe ne se scinde en deux camps que si les scores forment deux groupes d’au moins {minLeaders} dirigeants chacun, chacun représentant au moins {share} % des dirigeants qui ont noté le domaine, séparés par un écart d’au moins {far} où personne ne se trouve, et si cet écart est plus large que la dispersion à l’intérieur de chaque groupe. Sinon, la vue d’équipe ne parle pas de division.",
    },
    most: {
      term: "Loin de l’équipe dans la plupart des domaines :",
      text: "{term} un dirigeant loin de la médiane dans plus de la moitié des domaines où on peut en juger (au moins deux) est nommé une seule fois, plutôt qu’une fois par domaine. Jusqu’à {max} dirigeants sont nommés dans une phrase ; au-delà, ils sont comptés.",
    },
    differently: {
      term: "Voir un domaine différemment :",
      text: "{term} lorsque la moitié centrale de l’équipe s’étend sur au moins {far}, les dirigeants voient ce domaine différemment, même si personne n’est loin de la médiane.",
    },
    agree: {
      term: "Globalement d’accord :",
      text: "{term} ne se dit que si au moins {min} dirigeants ont répondu et que, dans chaque domaine que ce nombre d’entre eux a noté, chaque dirigeant se trouve à moins de {far} de la médiane, sans camps et sans domaine vu différemment. Un domaine noté par moins d’entre eux est signalé comme trop peu renseigné pour en juger.",
    },
    matters: {
      term: "Désaccord sur ce qui compte :",
      text: "{term} lorsque des dirigeants ont indiqué l’importance d’un domaine de la trajectoire, l’équipe est en désaccord à son sujet s’il a été marqué « {criticalLevel} » par au moins {critical} et « {lessLevel} » par au moins {less}. C’est un constat à part entière, quels que soient les scores. Le niveau d’importance de l’équipe pour un domaine est le niveau du milieu parmi ceux que ses dirigeants ont marqués (le plus bas des deux du milieu quand leur nombre est pair ; un dirigeant qui ne l’a pas marqué ne compte pas), et le plan d’action de l’équipe le suit comme le plan d’un dirigeant suit le sien.",
    },
  },
  limits: {
    heading: "Limites",
    items: [
      "Un autodiagnostic mesure ce qu’une personne voit. Interrogez plusieurs dirigeants et comparez : là où ils divergent, c’est déjà un constat.",
      "Les stades décrivent la structure et la responsabilité. Un stade élevé ne prouve pas que les clients sont satisfaits ; il montre que l’organisation est conçue pour les satisfaire.",
      "Les moyennes cachent la dispersion. Lisez le tableau des domaines et les réponses une à une, pas seulement le titre.",
      "Les questions sont notre propre formulation des modèles publiés, et les seuils sont notre choix. Vous pouvez les examiner librement.",
    ],
  },
  changelog: {
    heading: "Ce qui a changé d’une version à l’autre",
    text: "Un lien de résultats enregistre la version avec laquelle il a été créé : un ancien lien est donc toujours noté selon les questions que la personne a vues. Quand vous refaites le diagnostic, les réponses aux questions inchangées sont reprises ; les questions nouvelles ou modifiées restent à remplir. Les comparaisons entre versions signalent les domaines dont les questions ont changé.",
    release: "{title}, version {version}",
    changes: plural({
      one: "{n} question modifiée, avec sa raison",
      other: "{n} questions modifiées, chacune avec sa raison",
    }),
    kinds: { new: "Nouvelle :", changed: "Modifiée :", removed: "Supprimée :" },
  },
};
