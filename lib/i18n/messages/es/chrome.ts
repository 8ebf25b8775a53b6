import type { ChromeMessages } from "../en/chrome";

export const chrome: ChromeMessages = {
  skipLink: "Ir al contenido",
  mainNav: "Menú principal",
  moreNav: "Más páginas",
  nav: {
    journey: { label: "El camino", short: "Camino" },
    blunders: { label: "Los cinco errores", short: "Errores" },
    articles: { label: "Artículos", short: "Artículos" },
    scoring: { label: "La puntuación", short: "Puntuación" },
  },
  footer: {
    guide: "Cómo usar Outside-In",
    team: "Vista de equipo",
    compare: "Comparar dos resultados",
    about: "Sobre la biblioteca",
    sources: "Fuentes",
    feed: "Canal de artículos",
    credit:
      "Basado en las seis etapas de la orientación al cliente de Graham Hill y los cinco errores en la gestión del servicio de Paul Levesque.",
  },
  languages: "Idioma",
  preview:
    "Esta traducción aún no está terminada. Algunas palabras pueden cambiar todavía, y los buscadores no la incluyen.",
  offer: "Esta página también está en español.",
  offerSwitch: "Leer en español",
  offerStay: "Seguir en español",
  inEnglish: "en inglés",
  untranslated: "Esta página aún no está traducida, así que se muestra en inglés.",
  translations: { footer: "Traducciones", notice: "Cómo se hizo la traducción" },
  notFound: {
    title: "Página no encontrada",
    lead: "No hay ninguna página en esta dirección. Puede que se haya trasladado o que el enlace tenga un error.",
    home: "Ir a la página de inicio",
    journey: "Hacer la evaluación del camino",
  },
};
