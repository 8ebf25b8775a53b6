import type { StorageMessages } from "../en/storage";

export const storage: StorageMessages = {
  notKept: {
    quota:
      "Le stockage de ce navigateur est plein : ce résultat n’est donc pas conservé dans sa liste de vos résultats (que proposent la comparaison et la page d’accueil). {keep}",
    unavailable:
      "Ce navigateur ne conserve rien pour ce site (le stockage est désactivé) : ce résultat n’est donc pas conservé dans sa liste de vos résultats. {keep}",
    "kept-aside":
      "Ce navigateur contient une liste de résultats qu’il ne peut pas lire, mise de côté plutôt qu’écrasée : ce résultat n’y est donc pas ajouté. {keep}",
  },
  keepTheLink: "Son lien contient toujours tout : ajoutez cette page à vos favoris ou copiez son adresse.",
};
