import type { StorageMessages } from "../en/storage";

export const storage: StorageMessages = {
  notKept: {
    quota:
      "Der Speicher dieses Browsers ist voll, daher wird dieses Ergebnis nicht in seiner Liste Ihrer Ergebnisse gespeichert (die der Vergleich und die Startseite anbieten). {keep}",
    unavailable:
      "Dieser Browser speichert nichts für diese Website (der Speicher ist ausgeschaltet), daher wird dieses Ergebnis nicht in seiner Liste Ihrer Ergebnisse gespeichert. {keep}",
    "kept-aside":
      "Dieser Browser hat eine Liste von Ergebnissen, die er nicht lesen kann; sie wird beiseitegelegt statt überschrieben, daher wird dieses Ergebnis ihr nicht hinzugefügt. {keep}",
  },
  keepTheLink:
    "Sein Link enthält weiterhin alles: Setzen Sie ein Lesezeichen für diese Seite, oder kopieren Sie ihre Adresse.",
};
