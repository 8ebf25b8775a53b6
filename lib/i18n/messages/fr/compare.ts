import type { CompareMessages } from "../en/compare";
import { plural } from "../plural";

export const compare: CompareMessages = {
  earlier: "Avant",
  later: "Après",
  laterInSentence: "après",
  targets: "Les cibles fixées par le résultat antérieur, chacune mesurée au stade ultérieur :",
  noName: "aucun nom dans le lien",
  noDate: "aucune date dans le lien",
  answeredIn: "répondu en {language}",
  reversed:
    "Le résultat donné comme antérieur est daté du {first}, après le résultat ultérieur ({second}) : les deux sont donc présentés dans l’ordre des dates, celui du {second} d’abord.",
  twoLeaders:
    "Ces résultats semblent venir de deux dirigeants différents : le résultat antérieur est celui de {before}, le résultat ultérieur celui de {after}. Ils sont tout de même comparés ci-dessous ; lisez une évolution comme une différence entre deux personnes, pas comme un progrès.",
  same: "Les deux liens contiennent le même résultat (les mêmes réponses) : rien n’a donc pu changer entre eux. Pour voir ce qui a bougé, collez un résultat antérieur et un résultat ultérieur.",
  sameDated:
    "Les deux liens contiennent le même résultat (les mêmes réponses, du {date}) : rien n’a donc pu changer entre eux. Pour voir ce qui a bougé, collez un résultat antérieur et un résultat ultérieur.",
  future: {
    earlier:
      "Le résultat antérieur est daté du {date}, après aujourd’hui ({today}) : sa date a été modifiée à la main, ou l’horloge de cet appareil est fausse. Lisez l’ordre des deux avec prudence.",
    later:
      "Le résultat ultérieur est daté du {date}, après aujourd’hui ({today}) : sa date a été modifiée à la main, ou l’horloge de cet appareil est fausse. Lisez l’ordre des deux avec prudence.",
  },
  earlierLink: "Le lien antérieur :",
  laterLink: "Le lien ultérieur :",
  nothingShared: "Ces deux résultats n’ont aucun autodiagnostic en commun : il n’y a donc rien à comparer.",
  notComparable: "Non comparable",
  unmatched: "Présents dans un seul des deux résultats, donc non comparés : {names}.",
  byArea: "Évolution par domaine : {scale}",
  area: "Domaine",
  change: "Évolution",
  form: {
    earlier: "Lien du résultat antérieur (avant)",
    saved: "Ou utilisez un résultat enregistré dans ce navigateur",
    choose: "Choisir un résultat enregistré…",
    savedDay: "Enregistré",
    savedItem: "{day} : {ids}",
    idsJoin: " et ",
    later: "Lien du résultat ultérieur (après)",
    submit: "Comparer",
  },
  printLink: {
    region: "Le lien de cette comparaison",
    open: "Ouvrir cette comparaison :",
    code: "Code QR du lien de cette comparaison",
    noCode:
      "Ce lien est trop long pour un code QR : saisissez ou copiez l’adresse ci-dessous pour ouvrir la comparaison.",
    noNotes:
      "Le lien est trop long pour un code QR avec les notes qu’il contient : le code ouvre le même résultat sans elles. L’adresse ci-dessous contient les notes.",
    noNamesOrNotes:
      "Le lien est trop long pour un code QR avec les notes et les noms qu’il contient : le code ouvre le même résultat sans eux.",
    noNames:
      "Le lien est trop long pour un code QR avec les noms qu’il contient : le code ouvre le même résultat sans eux.",
  },
  moved: {
    none: "Aucune réponse n’a changé",
    some: plural({ one: "{n} réponse a changé", other: "{n} réponses ont changé" }),
    label: "Réponses qui ont changé",
    before: "Avant :",
    after: "Après :",
  },
  targetsReached: "Cibles atteintes",
};
