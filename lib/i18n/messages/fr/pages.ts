import type { PagesMessages } from "../en/pages";
import { plural } from "../plural";

export const pages: PagesMessages = {
  meta: {
    siteTitle: "{site} : votre organisation est-elle vraiment centrée sur le client ?",
    journey: {
      title: "La trajectoire : six stades vers l’orientation client",
      description:
        "Les six stades de Graham Hill, d’une logique produit à une logique client, les domaines qu’examine le diagnostic et des articles sur chacun.",
    },
    blunders: {
      title: "Les cinq erreurs de service",
      description:
        "Les cinq erreurs de service de Paul Levesque, la meilleure alternative à chacune et des articles pour aller plus loin.",
    },
    articles: {
      title: "Articles",
      description:
        "Des articles choisis sur l’orientation client : les six stades, les cinq erreurs de service, le NPS, les clients internes et plus encore.",
    },
    tag: { title: "Articles sur {tag}", description: "Les articles de la bibliothèque d’Outside-In sur {tag}." },
    articleImageAlt: "{title} : un article de la bibliothèque d’Outside-In",
    results: {
      title: "Vos résultats",
      description: "Votre résultat d’orientation client, calculé dans votre navigateur à partir du lien.",
    },
    compare: {
      title: "Comparer deux résultats",
      description:
        "Comparez un résultat antérieur et un résultat plus récent : ce qui a bougé, de combien, et ce qui ne se compare pas.",
    },
    team: {
      title: "Vue d’équipe",
      description:
        "Réunissez les liens de résultats de plusieurs dirigeants : la moyenne de l’équipe, la dispersion et les points de désaccord.",
    },
    join: {
      title: "Votre invitation",
      description:
        "Un animateur vous invite à donner, en toute confidentialité, votre avis sur l’orientation client de votre équipe.",
    },
    scoring: {
      title: "Le calcul des scores",
      description:
        "Le modèle derrière Outside-In, comment les réponses deviennent des stades et des scores, et les limites d’un autodiagnostic.",
    },
    sources: {
      title: "Sources",
      description:
        "Chaque source citée par la bibliothèque d’Outside-In, une seule fois, avec les articles et recommandations qui la citent.",
    },
    feedTitle: "Articles de {site}",
    feedSubtitle:
      "Des articles sur l’orientation client : les six stades, les cinq erreurs de service et les idées qui les sous-tendent.",
  },
  results: {
    noscript: "Les résultats sont calculés dans votre navigateur : cette page a donc besoin de JavaScript.",
    whatNow:
      "Et maintenant ? {guide} explique comment lire ce rapport, le partager ou le garder pour vous, et refaire le diagnostic l’an prochain.",
    guideLink: "Le guide",
  },
  compare: {
    lead: "Collez un lien de résultats antérieur et un plus récent, par exemple de cette année et de l’an dernier. Les deux sont lus dans votre navigateur.",
  },
  team: {
    lead: "Demandez à chaque dirigeant son lien de résultats et collez-les ici, un par ligne. Là où les dirigeants divergent, c’est déjà un constat. Tout est lu dans votre navigateur ; rien n’est envoyé.",
    firstTime: "Vous animez un atelier pour la première fois ? {guide}, de l’invitation au dossier imprimé.",
    guideLink: "Le guide vous accompagne pas à pas",
  },
  home: {
    title: "Votre organisation est-elle vraiment centrée sur le client ?",
    lead: "Répondez à des questions sur ce qui se passe réellement dans votre organisation, pas sur ce qu’elle a l’intention de faire. Vous obtenez un radar de votre position sur la trajectoire qui mène d’une logique produit à une logique client, votre stade global et la prochaine étape pour vos domaines les plus faibles.",
    start: "Commencer le diagnostic",
    questions: plural({ one: "{n} question", other: "{n} questions" }),
    noSignUp: "sans inscription",
    twoAssessments: "Deux diagnostics",
    withTeam: "Avec votre équipe de direction",
    teamText:
      "Invitez les autres dirigeants depuis la {team}, voyez où leurs réponses concordent et où elles divergent, et animez l’atelier depuis le site. {guide} accompagne dirigeants et consultants à chaque étape.",
    teamLink: "vue d’équipe",
    guideLink: "Comment utiliser Outside-In",
    estimate: "environ {minutes}, en lisant attentivement à {pace} mots par minute",
    minutes: plural({ one: "{n} minute", other: "{n} minutes" }),
    across: "{questions} dans {areas}",
    areas: plural({ one: "{n} domaine", other: "{n} domaines" }),
    startOne: "Commencer",
    factsLabel: "À quoi vous attendre",
    facts: [
      {
        title: "Vos réponses restent dans votre navigateur",
        text: "Le calcul se fait sur votre appareil. Rien n’est envoyé à un serveur, même lorsqu’un animateur vous invite, et il n’y a ni compte, ni pistage, ni mesure d’audience.",
      },
      {
        title: "Partager un résultat par un lien",
        text: "Le résultat est contenu dans le lien lui-même. Envoyez-le à vos collègues, ou gardez-le pour le comparer avec celui de l’an prochain.",
      },
      {
        title: "Faire une pause et reprendre",
        text: "Votre progression est enregistrée dans ce navigateur au fil des réponses : vous pouvez fermer l’onglet et reprendre plus tard.",
      },
    ],
  },
};
