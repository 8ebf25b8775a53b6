import type { SendResultMessages } from "../en/send-result";
import { invitationLink } from "./invitation-link";

export const sendResult: SendResultMessages = {
  title: "Enviar a {name}",
  ready:
    "Su resultado está listo. Envíe su enlace a {name}, que está reuniendo la visión de los directivos antes del taller (equipo: {team}). Outside-In no envía nada: el correo sale de su propio programa de correo, y solo cuando usted lo envía.",
  email: "Enviar mi resultado por correo a {name}",
  copy: "Copiar mi enlace de resultados",
  copied: "Enlace de resultados copiado.",
  copyBlocked: "El navegador bloqueó la copia: seleccione el enlace y cópielo a mano.",
  yourLink: "Su enlace de resultados:",
  lost: "Este resultado llegó por una invitación que no se puede leer, así que no hay un correo listo para la persona que le invitó: copie su enlace de resultados y envíeselo usted mismo. {problem}",
  mail: {
    subject: "Mi resultado de Outside-In ({team})",
    hello: "Hola, {name}:",
    intro: "Aquí tiene mi enlace de resultados para el taller:",
    team: "Equipo: {team}",
    holds: "El enlace contiene mis respuestas. Outside-In no ha enviado nada: este correo es la única copia que envío.",
  },
  invitationLink,
};
