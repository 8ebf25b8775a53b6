import type { ArticlesMessages } from "../en/articles";
import { plural } from "../plural";

export const articles: ArticlesMessages = {
  lead: "Les idées derrière les diagnostics, dans nos propres mots et avec leurs sources. Chaque article se termine par ce qu’il y a à faire lundi.",
  searchLabel: "Rechercher dans les articles",
  feed: "Les nouveaux articles arrivent dans {feed} (Atom), pour tout lecteur de flux.",
  feedLink: "le flux de la bibliothèque",
  filterLabel: "Filtrer par thème",
  allArticles: "Tous les articles",
  countWord: plural({ one: "article", other: "articles" }),
  count: plural({ one: "{n} article", other: "{n} articles" }),
  tagged: "{articles} sur le thème « {tag} »",
  status: {
    loading: "Chargement de la recherche…",
    failed: "La recherche n’a pas pu se charger : voici donc tous les {scope}.",
    matches: "{shown} sur {scope} correspondent à « {query} »",
    noMatch: "Aucun article ne correspond à « {query} ». Essayez des mots moins nombreux ou plus courts.",
    noMatchTagged:
      "Aucun article sur le thème « {tag} » ne correspond à « {query} ». Essayez des mots moins nombreux ou plus courts.",
  },
  minRead: "{n} min de lecture",
  tagsLabel: "Thèmes",
  kicker: "Articles",
  by: "Par {editors}",
  updated: "mis à jour le {date}",
  onThisPage: "Sur cette page",
  anchor: "Lien vers cette section : {heading}",
  mdx: {
    marked: " (mis en évidence)",
    takeaways: "À retenir",
    comparison: {
      label: "L’erreur et son alternative",
      blunder: "L’erreur",
      alternative: "L’alternative « flashpoint »",
    },
    take: {
      heading: "Où en est votre organisation ?",
      facts: "{summary} {questions}, environ {minutes}, et vos réponses restent dans votre navigateur.",
      questions: plural({ one: "{n} question", other: "{n} questions" }),
      minutes: plural({ one: "{n} minute", other: "{n} minutes" }),
      start: "Commencer : {title}",
      dropFromTitle: "",
    },
  },
  whereShowsUp: "Où cela apparaît dans les diagnostics",
  areaIn: "{area} dans {assessment}",
  sources: "Sources",
  sourcesNote: "Chaque source citée par la bibliothèque, et ce qui la cite, figure dans {sources}.",
  related: "Articles liés",
  moreArticles: "Autres articles",
  newer: "Plus récent",
  older: "Plus ancien",
  sourcesPage: {
    lead: "Chaque ouvrage sur lequel s’appuient les articles, les recommandations sur les erreurs et le plan de la trajectoire, cité une seule fois, avec ce qui le cite. Quand une page ne donne pas de date, l’entrée indique « n.d. » (sans date) ; quand un original est introuvable, l’entrée est la page qui l’a cité, et le précise.",
    citedBy: "Cité par :",
  },
};
