import type { TeamInputMessages } from "../en/team-input";
import { plural } from "../plural";

export const teamInput: TeamInputMessages = {
  linksLabel: "Enlaces de resultados, uno por línea (hasta {max})",
  fileLabel: "O cargue un archivo de texto o CSV con enlaces",
  invitationLabel: "El enlace de invitación al que respondieron",
  invitationHint: "(opcional: muestra quién ha respondido)",
  show: "Mostrar la vista de equipo",
  clear: "Vaciar el cuadro",
  cleared: "El cuadro está vacío y no se guarda nada de él en este navegador.",
  fileAdded: "Se añadieron las líneas de {file}. Elija «Mostrar la vista de equipo» para leerlas.",
  kept: "Lo que pegue se queda en este navegador hasta que lo vacíe, y la vista de equipo queda en la dirección, así que al recargar o desde un marcador vuelve. No se sube nada.",
  readingLinks: "Leyendo los enlaces…",
  reading: plural({ one: "Leyendo {n} línea… {done} hechas", other: "Leyendo {n} líneas… {done} hechas" }),

  tooLarge: "{what} ocupa {size}; la vista de equipo lee hasta {limit} (miles de enlaces). {advice}",
  what: { file: "Este archivo", text: "Este texto", link: "Este enlace de equipo" },
  sizeAdvice: {
    file: "Divídalo o pegue solo los enlaces.",
    text: "Divídalo o pegue solo los enlaces.",
    link: "Pida los enlaces en un archivo y cárguelo por partes.",
  },
  notText: {
    file: "Este archivo no es de texto (contiene datos binarios, como una imagen, una hoja de cálculo o un PDF), así que no se leyó. Cargue un archivo .txt o .csv de enlaces: una hoja de cálculo puede guardarse como CSV.",
    text: "Este texto no es texto plano (contiene datos binarios), así que no se leyó. Pegue solo los enlaces.",
    link: "Este enlace de equipo contiene datos binarios, no enlaces de resultados, así que no se leyó. Pida una copia nueva.",
  },
  bytes: plural({ one: "{n} byte", other: "{n} bytes" }),
  kilobytes: "{n} KB",
  megabytes: "{n} MB",
  noTeamLink: "Esta dirección no contiene ningún enlace de equipo que leer.",
  unreadLines: plural({
    one: "Solo se leyeron las primeras {max} líneas; {n} línea más quedó sin leer. Divida la entrada para leer el resto.",
    other:
      "Solo se leyeron las primeras {max} líneas; {n} líneas más quedaron sin leer. Divida la entrada para leer el resto.",
  }),

  problemsTitle: "Líneas que no se contaron",
  problemLine: "Línea {n}",
  moreProblems: plural({
    one: "…y {n} línea más no se contó.",
    other: "…y {n} líneas más no se contaron.",
  }),

  storageFull:
    "El almacenamiento de este navegador está lleno, así que lo que pegó no se guarda aquí: se sigue leyendo como siempre.",
  storageOff:
    "Este navegador no guarda nada de este sitio (el almacenamiento está desactivado), así que lo que pegó no se guarda aquí: se sigue leyendo como siempre.",
  otherTabCleared:
    "Otra pestaña de la vista de equipo vació la lista guardada en este navegador. Esta pestaña sigue mostrando la suya; lo que escriba o pegue aquí vuelve a guardarse.",
  otherTabChanged:
    "Otra pestaña de la vista de equipo cambió la lista guardada en este navegador (ahora contiene {lines}). Esta pestaña sigue mostrando la suya; lo que escriba o pegue aquí se guarda en lugar de la lista de la otra pestaña. Recargue esta página para tomar la lista de la otra pestaña.",
  lines: plural({ one: "{n} línea", other: "{n} líneas" }),

  heldNote:
    "{what} es demasiado largo para mostrarlo en el cuadro sin ralentizar la página, así que se guarda junto al cuadro y se lee con él. Elija «Mostrar la vista de equipo» para leerlo.",
  pastedText: "Texto pegado",
  thePastedText: "El texto pegado",
  keptList: "La lista guardada en este navegador",
  teamLinkLinks: "Los enlaces del enlace de equipo",
  heldLabel: "Guardado junto al cuadro",
  removeHeld: "Quitar {name}",
  describeHeld: "{name}: {size}, {lines}",
};
