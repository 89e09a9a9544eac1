import { renderBaseMapSvg } from "@/lib/map/base-map";

// The base map never depends on the data: drawn once at build time and cached by
// browsers, so filtering the map downloads only its markers.
export const dynamic = "force-static";

export function GET() {
  return new Response(renderBaseMapSvg(), {
    headers: {
      "Content-Type": "image/svg+xml; charset=utf-8",
      "Cache-Control": "public, max-age=86400, stale-while-revalidate=604800",
    },
  });
}
