import type { StorageMessages } from "../en/storage";

export const storage: StorageMessages = {
  notKept: {
    quota:
      "El almacenamiento de este navegador está lleno, así que este resultado no se guarda en su lista de resultados (la que ofrecen la comparación y la página de inicio). {keep}",
    unavailable:
      "Este navegador no guarda nada de este sitio (el almacenamiento está desactivado), así que este resultado no se guarda en su lista de resultados. {keep}",
    "kept-aside":
      "Este navegador tiene una lista de resultados que no puede leer, apartada en lugar de sobrescrita, así que este resultado no se añade a ella. {keep}",
  },
  keepTheLink: "Su enlace sigue conteniéndolo todo: guarde esta página en marcadores o copie su dirección.",
};
