/** Addresses of the registries an organization's identifiers point into (page links and JSON-LD sameAs). */
export const rorUrl = (rorId: string) => `https://ror.org/${rorId}`;
export const wikidataUrl = (wikidataId: string) => `https://www.wikidata.org/wiki/${wikidataId}`;
