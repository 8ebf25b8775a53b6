import type { LinkMessages } from "../en/link";

export const link: LinkMessages = {
  ask: "Demandez une nouvelle copie à la personne qui vous l’a envoyé, ou faites l’autodiagnostic vous-même.",
  kinds: {
    empty:
      "Cette page affiche un résultat contenu dans son lien, et ce lien n’en contient aucun. Faites un autodiagnostic pour en obtenir un.",
    "not-a-result": "Ce lien n’est pas un lien de résultats Outside-In, ou une partie en a été modifiée. {ask}",
    "newer-format":
      "Ce lien de résultats a été créé par une version d’Outside-In plus récente que celle de ce site. Ouvrez-le sur le site qui l’a créé, ou demandez au responsable du site de le mettre à jour.",
    "unknown-questionnaire":
      "Ce lien renvoie à un questionnaire que ce site ne propose pas : il vient peut-être d’un autre site. {ask}",
    "unknown-version":
      "Ce lien a été créé avec une version du questionnaire que ce site ne connaît pas. Ouvrez-le sur le site qui l’a créé, ou demandez à son responsable de le mettre à jour.",
    truncated:
      "Ce lien semble coupé : il manque des caractères, ce qui arrive souvent quand un lien passe à la ligne dans un e-mail. Copiez de nouveau le lien entier. {ask}",
    extended:
      "Ce lien contient des caractères en trop après les réponses : il a peut-être été collé deux fois ou modifié. Copiez de nouveau le lien. {ask}",
    tampered:
      "Les réponses de ce lien ne passent pas leur contrôle d’intégrité : un caractère a été modifié ou mal saisi. {ask}",
    "too-large": "Ce lien est bien plus long que tout lien de résultats : il n’a donc pas été lu. {ask}",
    wrapped:
      "Ce lien a été réécrit par un système de messagerie ou de discussion, et le lien de résultats qu’il contient ne peut pas être lu. {ask}",
  },
  withDetail: "{message} ({detail})",
  versionOf: "version {version} de {title}",
  newerVersion:
    "Ce lien a été créé avec la version {version} de {title}, plus récente que celles que ce site connaît (il va jusqu’à la version {newest}). Ouvrez-le sur le site qui l’a créé, ou demandez au responsable du site de le mettre à jour.",
  newerFormat:
    "Ce lien de résultats a été créé au format de lien {format}, par une version d’Outside-In plus récente que celle de ce site (qui lit jusqu’au format {newest}). Ouvrez-le sur le site qui l’a créé, ou demandez au responsable du site de le mettre à jour.",
  wrappedElsewhere:
    "{name} garde la véritable adresse sur son propre serveur : le résultat n’est donc pas dans ce lien.",
  wrappedDamaged: "Le lien de résultats contenu dans cette adresse {name} est absent ou endommagé.",
  wrappedBy:
    "Ce lien a été réécrit par {name}. {why} Ouvrez-le dans votre navigateur, puis copiez l’adresse de la page de résultats qui s’ouvre (la partie après /results/# est le résultat) et collez-la à la place, ou demandez à l’expéditeur de renvoyer le lien de résultats en texte brut.",
  inEarlier: "{message} Le problème se trouve dans le résultat antérieur que ce lien contient pour la comparaison.",
  leftOut: "{what} n’a pas pu être lu : il est donc laissé de côté. {message}",
  broughtAlong: "Le résultat que vous avez apporté de l’autre autodiagnostic",
  retook: "Le résultat que vous avez refait",
  lines: {
    noLink: "Cette ligne ne contient aucun lien de résultats.",
    tooMany: "Cette ligne contient plus de {max} liens ; le reste n’a pas été lu.",
    onlyTheFirst: "Seuls les {limit} premiers liens sont lus.",
    sameResult: "Même résultat que la ligne {line} : compté une seule fois.",
    sameAnswers:
      "Mêmes réponses que la ligne {line}, avec {differences} : compté une seule fois, tel que la ligne {line} le donne.",
    retook:
      "Résultat antérieur du même dirigeant, refait à la ligne {line} : compté une seule fois, tel que la ligne {line} le donne.",
    noDate: "aucune date",
    dateLacking: "une date qui manque à la ligne {line}",
    names: "des noms saisis autrement",
    targets: "d’autres objectifs",
    and: "{a} et {b}",
  },
};
