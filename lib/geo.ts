/**
 * States of the two countries, by ISO 3166-2 code, which is what records store.
 * Spanish names are given where they differ.
 */
import type { Country } from "./vocabulary";

export interface State {
  code: string;
  country: Exclude<Country, "US-MX">;
  nameEn: string;
  nameEs: string;
}

const US: [string, string, string?][] = [
  ["AL", "Alabama"],
  ["AK", "Alaska"],
  ["AZ", "Arizona"],
  ["AR", "Arkansas"],
  ["CA", "California"],
  ["CO", "Colorado"],
  ["CT", "Connecticut"],
  ["DE", "Delaware"],
  ["DC", "District of Columbia", "Distrito de Columbia"],
  ["FL", "Florida"],
  ["GA", "Georgia"],
  ["HI", "Hawaii", "Hawái"],
  ["ID", "Idaho"],
  ["IL", "Illinois"],
  ["IN", "Indiana"],
  ["IA", "Iowa"],
  ["KS", "Kansas"],
  ["KY", "Kentucky"],
  ["LA", "Louisiana", "Luisiana"],
  ["ME", "Maine"],
  ["MD", "Maryland"],
  ["MA", "Massachusetts"],
  ["MI", "Michigan"],
  ["MN", "Minnesota"],
  ["MS", "Mississippi", "Misisipi"],
  ["MO", "Missouri", "Misuri"],
  ["MT", "Montana"],
  ["NE", "Nebraska"],
  ["NV", "Nevada"],
  ["NH", "New Hampshire", "Nuevo Hampshire"],
  ["NJ", "New Jersey", "Nueva Jersey"],
  ["NM", "New Mexico", "Nuevo México"],
  ["NY", "New York", "Nueva York"],
  ["NC", "North Carolina", "Carolina del Norte"],
  ["ND", "North Dakota", "Dakota del Norte"],
  ["OH", "Ohio"],
  ["OK", "Oklahoma"],
  ["OR", "Oregon", "Oregón"],
  ["PA", "Pennsylvania", "Pensilvania"],
  ["RI", "Rhode Island"],
  ["SC", "South Carolina", "Carolina del Sur"],
  ["SD", "South Dakota", "Dakota del Sur"],
  ["TN", "Tennessee"],
  ["TX", "Texas"],
  ["UT", "Utah"],
  ["VT", "Vermont"],
  ["VA", "Virginia"],
  ["WA", "Washington"],
  ["WV", "West Virginia", "Virginia Occidental"],
  ["WI", "Wisconsin"],
  ["WY", "Wyoming"],
];

const MX: [string, string, string?][] = [
  ["AGU", "Aguascalientes"],
  ["BCN", "Baja California"],
  ["BCS", "Baja California Sur"],
  ["CAM", "Campeche"],
  ["CHP", "Chiapas"],
  ["CHH", "Chihuahua"],
  ["CMX", "Mexico City", "Ciudad de México"],
  ["COA", "Coahuila"],
  ["COL", "Colima"],
  ["DUR", "Durango"],
  ["GUA", "Guanajuato"],
  ["GRO", "Guerrero"],
  ["HID", "Hidalgo"],
  ["JAL", "Jalisco"],
  ["MEX", "State of Mexico", "Estado de México"],
  ["MIC", "Michoacán"],
  ["MOR", "Morelos"],
  ["NAY", "Nayarit"],
  ["NLE", "Nuevo León"],
  ["OAX", "Oaxaca"],
  ["PUE", "Puebla"],
  ["QUE", "Querétaro"],
  ["ROO", "Quintana Roo"],
  ["SLP", "San Luis Potosí"],
  ["SIN", "Sinaloa"],
  ["SON", "Sonora"],
  ["TAB", "Tabasco"],
  ["TAM", "Tamaulipas"],
  ["TLA", "Tlaxcala"],
  ["VER", "Veracruz"],
  ["YUC", "Yucatán"],
  ["ZAC", "Zacatecas"],
];

function build(country: State["country"], rows: [string, string, string?][]): State[] {
  return rows.map(([code, nameEn, nameEs]) => ({ code: `${country}-${code}`, country, nameEn, nameEs: nameEs ?? nameEn }));
}

export const STATES: readonly State[] = [...build("US", US), ...build("MX", MX)];

const byCode = new Map(STATES.map((s) => [s.code, s]));

export function getState(code: string | null | undefined): State | undefined {
  return code ? byCode.get(code) : undefined;
}

/** Federal districts that are a city and a state at once: naming both would repeat the city. */
const CITY_STATES = new Set(["US-DC", "MX-CMX"]);

export function isCityState(code: string | null | undefined): boolean {
  return code ? CITY_STATES.has(code) : false;
}

export function statesOf(country: State["country"]): State[] {
  return STATES.filter((s) => s.country === country);
}
