import type { InvitationLinkMessages } from "../en/invitation-link";

export const invitationLink: InvitationLinkMessages = {
  ask: "Pida a la persona que le invitó una copia nueva del enlace.",
  kinds: {
    empty: "Este enlace no contiene ninguna invitación. {ask}",
    "not-a-result": "Esta no es una invitación de Outside-In, o se cambió una parte. {ask}",
    "newer-format":
      "Esta invitación se creó con una versión de Outside-In más reciente que la de este sitio. Ábrala en el sitio que la creó.",
    truncated:
      "Esta invitación parece cortada: faltan caracteres, algo que suele pasar cuando un enlace se parte en un correo. Copie de nuevo el enlace completo. {ask}",
    extended:
      "Esta invitación tiene caracteres de más al final, así que puede que se pegara dos veces o se editara. Copie de nuevo el enlace. {ask}",
    tampered:
      "Esta invitación no supera su comprobación de integridad, así que se cambió o se tecleó mal un carácter. {ask}",
    "too-large": "Este enlace es mucho más largo que cualquier invitación, así que no se leyó. {ask}",
  },
  newerFormat:
    "Esta invitación se creó en el formato de invitación {format}, con una versión de Outside-In más reciente que la de este sitio (lee hasta el formato {newest}). Ábrala en el sitio que la creó.",
};
