/**
 * The error boundary's text. It is a client component that cannot be handed the
 * messages, so it imports these two small objects (not the whole catalogs); en.ts
 * and es.ts include them, so the key test covers them too.
 */
export const errorPageEn = {
  title: "Something went wrong",
  body: "This page could not be shown. Please try again in a moment.",
  tryAgain: "Try again",
};

export const errorPageEs: typeof errorPageEn = {
  title: "Algo salió mal",
  body: "No fue posible mostrar esta página. Por favor, inténtelo de nuevo en un momento.",
  tryAgain: "Intentar de nuevo",
};
