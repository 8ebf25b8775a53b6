import type { InvitationLinkMessages } from "../en/invitation-link";

export const invitationLink: InvitationLinkMessages = {
  ask: "Demandez à la personne qui vous a invité une nouvelle copie du lien.",
  kinds: {
    empty: "Ce lien ne contient aucune invitation. {ask}",
    "not-a-result": "Ce n’est pas une invitation Outside-In, ou une partie en a été modifiée. {ask}",
    "newer-format":
      "Cette invitation a été créée par une version d’Outside-In plus récente que celle de ce site. Ouvrez-la sur le site qui l’a créée.",
    truncated:
      "Cette invitation semble coupée : des caractères manquent, ce qui arrive souvent quand un lien passe à la ligne dans un e-mail. Copiez à nouveau le lien entier. {ask}",
    extended:
      "Cette invitation a des caractères en trop à la fin ; elle a donc peut-être été collée deux fois ou modifiée. Copiez à nouveau le lien. {ask}",
    tampered:
      "Cette invitation ne passe pas son contrôle d’intégrité : un caractère a donc été modifié ou mal saisi. {ask}",
    "too-large": "Ce lien est bien plus long que toute invitation, il n’a donc pas été lu. {ask}",
  },
  newerFormat:
    "Cette invitation a été créée au format d’invitation {format}, par une version d’Outside-In plus récente que celle de ce site (il lit jusqu’au format {newest}). Ouvrez-la sur le site qui l’a créée.",
};
