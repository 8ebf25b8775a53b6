import type { InvitationMessages } from "../en/invitation";
import { estimate } from "./estimate";
import { invitationLink } from "./invitation-link";

export const invitation: InvitationMessages = {
  join: {
    reading: "Leyendo su invitación…",
    cannotOpen: "Esta invitación no se puede abrir",
    noInvitation:
      "Esta página abre un enlace de invitación de un facilitador, y esta dirección no contiene ninguno. Pídale el enlace que creó.",
    alone: "Hacer la evaluación por su cuenta",
    invites:
      "{facilitator} le invita a dar su propia visión de lo centrada en el cliente que está la organización, antes de un taller.",
    team: "Equipo: {team}",
    answerBy: "Responda antes del {date}, por favor.",
    closed:
      "La fecha límite, el {date}, ya ha pasado. Su visión sigue valiendo la pena: puede responder con normalidad, y {facilitator} verá su resultado cuando lo envíe.",
    both: "Dos cuestionarios, uno detrás de otro, {estimate}.",
    private: "Sus respuestas se puntúan en este navegador. No se envía nada mientras responde.",
    send: "Al final, usted mismo envía su enlace de resultados a {facilitator}, por correo o copiándolo. Outside-In no envía nada.",
  },
  form: {
    asInvited: "Quién es usted, según la invitación",
    role: "Su cargo",
    chooseLine: "Elija su línea…",
    chooseRole: "Elija su cargo…",
    notListed: "No estoy en la lista (escriba su cargo)",
    otherRole: "Otro cargo (escríbalo)",
    ownWords: "Su cargo, con sus palabras",
    organisation: "Organización",
    optional: "(opcional)",
    start: "Empezar",
    required: "Elija o escriba su cargo: así distingue el facilitador las respuestas.",
    showsNothing:
      "{subject} solo contiene caracteres en blanco o invisibles (como espacios de ancho cero o de relleno), así que no se vería nada. Escriba el texto con letras o cifras.",
    roleSubject: "Su cargo",
    orgSubject: "Su organización",
  },
  invite: {
    title: "Invitar a directivos",
    hint: "Un solo enlace para todo el equipo: responden y le envían su resultado por correo",
    about:
      "La invitación vive en su enlace: su nombre y correo, el equipo y quién está invitado viajan dentro de él y no se guardan en ningún sitio. Cada directivo elige su línea, responde las dos evaluaciones y termina con un correo listo para usted con su enlace de resultados; la vista de equipo muestra después quién ha respondido. El sitio no envía nada; usted y ellos envían los correos.",
    team: "Nombre del equipo",
    name: "Su nombre",
    email: "Su correo electrónico",
    invited: "Quién está invitado",
    invitedNote: "(opcional, uno por línea: un cargo o una persona)",
    invitedHint:
      "Cada directivo elige su propia línea, que se convierte en el nombre de su resultado, para que la vista de equipo pueda mostrar quién ha respondido. Cualquier otra persona puede seguir escribiendo su cargo.",
    closes: "Fecha límite",
    optional: "(opcional)",
    make: "Crear el enlace de invitación",
    link: "Enlace de invitación",
    copy: "Copiar el enlace de invitación",
    copied: "Enlace de invitación copiado.",
    mail: "Enviar la invitación por correo",
    preview: "Ver lo que ven los directivos",
    teamView: "Abrir la vista de equipo de esta invitación",
  },
  copyBlocked: "El navegador bloqueó la copia: seleccione el enlace y cópielo a mano.",
  sendsNothing:
    "Outside-In no envía nada: este correo solo sale si usted lo envía, y sus respuestas están en el enlace.",
  mail: {
    subject: "Dos cuestionarios breves antes de nuestro taller ({team})",
    hello: "Hola:",
    body: "Antes de reunirnos, me gustaría conocer la visión de cada directivo sobre lo centrada en el cliente que está hoy la organización. Lleva {estimate}: dos cuestionarios, uno detrás de otro.",
    team: "Equipo: {team}",
    answerBy: "Responda antes del: {date}",
    start: "Empiece aquí:",
    private:
      "Sus respuestas se puntúan en su navegador. Al final, usted mismo me envía su enlace de resultados: Outside-In no envía ni guarda nada.",
  },
  estimate,
  problems: {
    teamMissing: "Escriba el nombre del equipo.",
    teamTooLong: "El nombre del equipo no puede superar los {max} caracteres.",
    teamSubject: "El nombre del equipo",
    nameMissing: "Escriba su nombre.",
    nameTooLong: "Su nombre no puede superar los {max} caracteres.",
    nameSubject: "Su nombre",
    emailMissing: "Escriba su dirección de correo, para que le puedan enviar sus resultados.",
    emailTooLong: "La dirección no puede superar los {max} caracteres.",
    emailInvalid: "Escriba una dirección de correo como nombre@example.org.",
    lineSubject: "El nombre o el cargo de la línea {line}",
    showsNothing:
      "{subject} solo contiene caracteres en blanco o invisibles (como espacios de ancho cero o de relleno), así que no se vería nada. Escríbalo con letras o cifras.",
    sameName:
      "Las líneas {first} y {second} («{firstName}» y «{secondName}») solo se diferencian en mayúsculas, anchura o caracteres invisibles, así que la vista de equipo las toma por una sola persona y una de ellas nunca aparecería como respondida: conserve una.",
    tooMany: "Indique como mucho {max} personas o cargos; cualquier otra persona puede escribir su propio cargo.",
    lineTooLong: "Ninguna línea puede superar los {max} caracteres.",
    closes: "Escriba la fecha límite como año, mes y día, por ejemplo 2027-03-31.",
    tooLongForLink: "Esta lista es demasiado larga para un solo enlace: acorte los nombres o indique menos.",
  },
  link: invitationLink,
};
