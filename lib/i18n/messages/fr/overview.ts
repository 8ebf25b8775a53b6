import type { OverviewMessages } from "../en/overview";

export const overview: OverviewMessages = {
  journey: {
    title: "La trajectoire, d’une organisation centrée sur le produit à une organisation centrée sur le client",
    lead: "Les organisations passent rarement d’un coup des silos produit à une organisation pensée autour de leurs clients. Elles traversent six stades, et chacun donne un cadre plus formel aux personnes qui, ensemble, servent un client.",
    start: "Faire le diagnostic de la trajectoire",
    stagesTitle: "Les six stades",
    stage: "Stade {n}",
    teachesTitle: "Ce qu’enseigne le modèle",
    teaches: {
      promise: "Gardez en vue la promesse faite aux clients : chaque stade existe pour la tenir ensemble.",
      named:
        "Là où les gens ne coopèrent pas par habitude, une personne nommément désignée et formellement responsable peut les y amener.",
      accountability:
        "C’est le fait de rendre des comptes sur le client qui permet à une organisation de passer d’un stade au suivant.",
      next: "Connaître votre stade actuel et le suivant est plus utile que d’avoir les yeux fixés sur le dernier.",
    },
    areasTitle: "Les {n} domaines qu’examine le diagnostic",
    areasLead:
      "Le diagnostic situe chaque domaine séparément sur les six stades, car les organisations avancent de façon inégale : la structure peut être au stade 4 quand la mesure en est encore au stade 2.",
    findStage: "Trouver votre stade",
  },
  blunders: {
    title: "Les cinq erreurs de service",
    lead: "Cinq habitudes dans lesquelles tombent des organisations bien intentionnées quand le service déçoit. Chacune semble la chose responsable à faire, et chacune a une meilleure alternative.",
    credit:
      "Les erreurs et leurs alternatives « flashpoint » viennent du livre de Paul Levesque {book}. Les descriptions sont ici dans nos propres mots.",
    start: "Faire le diagnostic des cinq erreurs",
    looksLike: "À quoi on la reconnaît",
    alternative: "L’alternative « flashpoint »",
    competenceTitle: "Une compétence, pas cinq correctifs",
    competence:
      "Éviter les erreurs n’est pas l’affaire du seul service client. Levesque voit l’orientation client comme une compétence de toute l’organisation, où direction, processus et collaborateurs vont dans le même sens. Une erreur dans l’un d’eux tend à défaire le bon travail fait dans les autres.",
    checkAgain: "Chercher les cinq erreurs dans votre organisation",
  },
  start: {
    facts: "{questions} · {estimate} · les réponses restent dans votre navigateur",
    questions: "{n} questions",
  },
  articles: {
    readMore: "Pour aller plus loin",
    on: "Articles sur {tag}",
    all: "Les {n} articles sur {tag}",
  },
};
