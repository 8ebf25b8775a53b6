import type { ChromeMessages } from "../en/chrome";

export const chrome: ChromeMessages = {
  skipLink: "Aller au contenu",
  mainNav: "Menu principal",
  moreNav: "Autres pages",
  nav: {
    journey: { label: "La trajectoire", short: "Trajectoire" },
    blunders: { label: "Les cinq erreurs", short: "Erreurs" },
    articles: { label: "Articles", short: "Articles" },
    scoring: { label: "Le calcul des scores", short: "Scores" },
  },
  footer: {
    guide: "Comment utiliser Outside-In",
    team: "Vue d’équipe",
    compare: "Comparer deux résultats",
    about: "À propos de la bibliothèque",
    sources: "Sources",
    feed: "Flux des articles",
    credit:
      "Fondé sur les six stades de l’orientation client de Graham Hill et les cinq erreurs de service de Paul Levesque.",
  },
  languages: "Langue",
  preview:
    "Cette traduction n’est pas encore terminée. Certains mots peuvent encore changer, et les moteurs de recherche ne la référencent pas.",
  offer: "Cette page existe aussi en français.",
  offerSwitch: "Lire en français",
  offerStay: "Rester en français",
  inEnglish: "en anglais",
  untranslated: "Cette page n’est pas encore traduite : elle s’affiche donc en anglais.",
  translations: { footer: "Traductions", notice: "Comment la traduction a été faite" },
  notFound: {
    title: "Page introuvable",
    lead: "Il n’y a pas de page à cette adresse. Elle a peut-être été déplacée, ou le lien contient une faute de frappe.",
    home: "Aller à la page d’accueil",
    journey: "Faire le diagnostic de la trajectoire",
  },
};
