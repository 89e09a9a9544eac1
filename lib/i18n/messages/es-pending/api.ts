/**
 * The `api` namespace in Spanish (Mexico), to be folded into es.ts: the API page,
 * the download links and the texts of the OpenAPI document.
 */
import type { Messages } from "../en";

export const api = {
  title: "Datos abiertos y API",
  description:
    "Consulte Puentes desde otros sistemas: una API pública en JSON descrita por un documento OpenAPI, y descargas en CSV o JSON de las listas.",
  footerLink: "Datos abiertos y API",
  intro:
    "Todo lo que Puentes publica puede leerse en JSON en {base}, sin cuenta ni clave. Los nombres y textos vienen en inglés y en español, uno junto al otro, con las fuentes de cada registro y lo que las fuentes dejan en duda.",
  documentTitle: "Documento OpenAPI",
  documentIntro:
    "Todos los puntos de acceso de abajo, con sus parámetros y los esquemas de sus respuestas, en un documento OpenAPI 3.1 generado a partir de los esquemas con los que el servidor revisa solicitudes y respuestas:",
  conventionsTitle: "Cómo responde",
  conventions: {
    pagination:
      "Las listas vienen en páginas: page (desde 1) y pageSize (de 1 a {max}; {default} si no se indica). Cada respuesta da el total, el número de páginas y enlaces a la primera, la anterior, la siguiente y la última página con los mismos filtros.",
    errors:
      "Un parámetro incorrecto o desconocido recibe un 400 cuyo error lo nombra; un registro que no existe, un 404; cualquier método que no sea GET, un 405. Los errores son JSON, por ejemplo:",
    caching:
      "Las respuestas llevan un ETag fuerte: envíelo de vuelta en If-None-Match y una respuesta sin cambios será un 304 sin cuerpo. Los cachés pueden conservar una respuesta {maxAge} segundos y servirla {stale} segundos más mientras la actualizan.",
    cors: "Cualquier sitio web puede llamar a la API desde el navegador: las respuestas llevan Access-Control-Allow-Origin: *.",
    languages:
      "Los textos son pares en inglés y español (null donde las fuentes no dan texto en ese idioma). Las fechas son tan precisas como las fuentes: un año, un mes o un día.",
  },
  exportsTitle: "Descargas",
  exportsIntro:
    "Las organizaciones, las reuniones y sus participaciones pueden descargarse completas, con cualquiera de los filtros de su lista, en CSV (UTF-8; se abre en hojas de cálculo con sus acentos) o en JSON (los mismos elementos que las listas de la API). Las páginas de las listas tienen enlaces de descarga que conservan los filtros en uso.",
  endpointsTitle: "Puntos de acceso",
  parameters: "Parámetros",
  noParameters: "Sin parámetros.",
  parameter: "Parámetro",
  location: "En",
  values: "Valores",
  required: "Obligatorio",
  meaning: "Significado",
  yes: "sí",
  no: "no",
  locationName: { query: "consulta", path: "ruta" } as Record<string, string>,
  valueKinds: {
    manyValues: "{count} valores, como {examples}",
    wholeNumber: "un número entero de {min} a {max}",
    slug: "un identificador: minúsculas, dígitos y guiones",
    text: "texto, de hasta {max} caracteres",
  },
  exampleRequest: "Solicitud de ejemplo",
  sampleResponse: "Respuesta de ejemplo",
  sampleShortened: "Las listas de este ejemplo se recortan a {count} elementos.",
  download: {
    organizations: "Descargue {count, plural, one {esta organización} other {estas # organizaciones}}:",
    meetings: "Descargue {count, plural, one {esta reunión} other {estas # reuniones}}:",
    participations: "Qué organizaciones participaron en ellas:",
    meetingParticipations: "Descargue las organizaciones de esta reunión, con sus funciones y fuentes:",
    csv: "CSV",
    json: "JSON",
    formatLabel: "{what} en {format}",
    datasetName: { organizations: "Organizaciones", meetings: "Reuniones", participations: "Participaciones" },
  },
  openapi: {
    title: "API de Puentes",
    description:
      "Datos públicos, de solo lectura, de Puentes, el directorio de la colaboración entre México y Estados Unidos en educación superior, innovación e investigación: organizaciones, programas, reuniones, personas y temas, con sus fuentes.",
    tags: {
      organizations: "Dependencias de gobierno, universidades, academias, fundaciones y empresas.",
      programs: "Programas, centros de investigación, redes y proyectos.",
      meetings: "Grupos de trabajo, seminarios, lanzamientos y firmas.",
      people: "Figuras públicas mencionadas en las fuentes.",
      topics: "Áreas de colaboración.",
      participations: "Qué organización participó en qué reunión, con qué función y con qué evidencia.",
      search: "Búsqueda en todos los tipos de registro.",
      exports: "Listas filtradas completas para descargar en CSV o JSON.",
      document: "Este documento.",
    } as Record<string, string>,
    operations: {
      listOrganizations: {
        summary: "Listar organizaciones",
        description: "En orden alfabético, filtradas como en la página de Organizaciones.",
      },
      getOrganization: {
        summary: "Una organización",
        description: "Con sus unidades, programas, reuniones, personas, temas, colaboradoras y fuentes.",
      },
      listPrograms: { summary: "Listar programas", description: "En orden alfabético, filtrados como en la página de Programas." },
      getProgram: { summary: "Un programa", description: "Con sus organizaciones, temas, reuniones, acuerdos que lo crearon y fuentes." },
      listMeetings: {
        summary: "Listar reuniones",
        description: "De la más reciente a la más antigua (las que no tienen fecha al final), filtradas como en la página de Reuniones.",
      },
      getMeeting: {
        summary: "Una reunión",
        description: "Con sus organizaciones y sus funciones, personas, temas, programas, acuerdos, serie y fuentes.",
      },
      listPeople: { summary: "Listar personas", description: "En orden alfabético por apellido, con sus cargos." },
      getPerson: { summary: "Una persona", description: "Con sus cargos, reuniones, acuerdos firmados y fuentes." },
      listTopics: { summary: "Listar temas", description: "En orden alfabético, con cuántos programas y reuniones tiene cada uno." },
      getTopic: { summary: "Un tema", description: "Con las direcciones en la API de las organizaciones, programas y reuniones sobre él." },
      listParticipations: {
        summary: "Listar participaciones",
        description:
          "Qué organización participó en qué reunión y con qué función, con la fuente que lo dice. Las reuniones se eligen con los filtros de la lista de reuniones, o una sola por su identificador.",
      },
      search: {
        summary: "Buscar",
        description:
          "Resultados ordenados por relevancia en todos los tipos de registro, como en la página de Búsqueda: no importan mayúsculas ni acentos, las palabras coinciden como prefijos y se corrige un error de escritura cercano. Páginas de 20.",
      },
      exportOrganizations: { summary: "Descargar organizaciones", description: "Todas las organizaciones que eligen los filtros." },
      exportMeetings: { summary: "Descargar reuniones", description: "Todas las reuniones que eligen los filtros." },
      exportParticipations: {
        summary: "Descargar participaciones",
        description: "Todas las participaciones en las reuniones que eligen los filtros, con su fuente.",
      },
      getDocument: { summary: "Este documento", description: "La descripción OpenAPI 3.1 de la API." },
    } as Record<string, { summary: string; description: string }>,
    formats: {
      csv: "En CSV (RFC 4180, UTF-8 con marca de orden de bytes, una fila de encabezados). Las celdas de texto que una hoja de cálculo ejecutaría como fórmula comienzan con un apóstrofo.",
      json: "En JSON: los elementos del punto de acceso de la lista, todos en un arreglo, seguidos de su total.",
    },
    params: {
      country: "Código de país: US, MX, o US-MX para las organizaciones binacionales.",
      kind: "Tipo de registro (vea los valores).",
      state: "Estado, con su código ISO 3166-2 (US-AZ, MX-BCN…).",
      topic: "Identificador de un tema.",
      organization: "Identificador de una organización: las reuniones de las que fue sede, que organizó o a las que asistió.",
      program: "Identificador de un programa.",
      year: "Año en que comenzó una reunión.",
      meeting: "Identificador de una reunión.",
      role: "La función de la organización en la reunión.",
      orgKind: "Tipo de organización.",
      q: "Palabras por buscar, en español o en inglés.",
      page: "Número de página, desde 1.",
      pageSize: "Registros por página.",
      slug: "El identificador del registro, como aparece en su dirección web.",
    } as Record<string, string>,
    responses: {
      ok: "La respuesta.",
      notModified: "Sin cambios desde el ETag enviado en If-None-Match.",
      badRequest: "Un parámetro es incorrecto o desconocido; el error lo nombra.",
      notFound: "No existe ese registro.",
      etag: "Validador fuerte de la respuesta; envíelo de vuelta en If-None-Match.",
      cacheControl: "Cuánto tiempo pueden conservar la respuesta los cachés.",
    },
  },
} satisfies Messages["api"];
