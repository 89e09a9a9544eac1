export const discovery = {
  calendar: {
    title: "Las reuniones en su calendario",
    intro:
      "Suscríbase desde su programa de calendario para ver estas reuniones y sus correcciones posteriores, o descargue el archivo una vez.",
    subscribe: "Suscribirse al calendario",
    download: "Descargar el archivo .ics",
    exactDaysOnly:
      "El calendario incluye solo las reuniones cuyas fuentes indican el día exacto; se omiten las que solo se conocen por su mes o su año.",
    allName: "Puentes: reuniones",
    organizationName: "Puentes: reuniones con {name}",
    programName: "Puentes: reuniones de {name}",
    description:
      "Reuniones del Foro Bilateral México–Estados Unidos sobre Educación Superior, Innovación e Investigación registradas en Puentes, cada una con el día que indican sus fuentes.",
    hostedBy: "Anfitriones: {names}",
    uncertain: "Incierto: {note}",
    uncertainNoNote: "Incierto: las fuentes discrepan o no lo precisan.",
    details: "Detalles y fuentes: {url}",
  },
  wikidata: "Elemento de Wikidata",
  editor: {
    wikidataId: "Identificador de Wikidata",
    wikidataHint: "p. ej., Q1234: el final de la dirección del elemento en wikidata.org. Déjelo vacío si no lo ha verificado.",
  },
  history: {
    wikidataId: "Identificador de Wikidata",
  } as Record<string, string>,
  socialCardAlt: "Puentes: colaboración México–Estados Unidos en educación superior, innovación e investigación",
};
