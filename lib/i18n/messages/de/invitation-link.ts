import type { InvitationLinkMessages } from "../en/invitation-link";

export const invitationLink: InvitationLinkMessages = {
  ask: "Bitten Sie die Person, die Sie eingeladen hat, um eine neue Kopie des Links.",
  kinds: {
    empty: "Dieser Link enthält keine Einladung. {ask}",
    "not-a-result": "Dies ist keine Einladung von Outside-In, oder ein Teil davon wurde verändert. {ask}",
    "newer-format":
      "Diese Einladung wurde von einer neueren Version von Outside-In erstellt, als diese Website verwendet. Öffnen Sie sie auf der Website, die sie erstellt hat.",
    truncated:
      "Diese Einladung scheint abgeschnitten: Es fehlen Zeichen, was oft passiert, wenn ein Link in einer E-Mail umbricht. Kopieren Sie den ganzen Link erneut. {ask}",
    extended:
      "Diese Einladung hat am Ende zusätzliche Zeichen; sie wurde also womöglich doppelt eingefügt oder bearbeitet. Kopieren Sie den Link erneut. {ask}",
    tampered:
      "Diese Einladung besteht ihre Integritätsprüfung nicht, also wurde ein Zeichen verändert oder vertippt. {ask}",
    "too-large": "Dieser Link ist weit länger als jede Einladung und wurde daher nicht gelesen. {ask}",
  },
  newerFormat:
    "Diese Einladung wurde im Einladungsformat {format} erstellt, von einer neueren Version von Outside-In, als diese Website verwendet (sie liest bis Format {newest}). Öffnen Sie sie auf der Website, die sie erstellt hat.",
};
