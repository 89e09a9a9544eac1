/**
 * Who is making this request, as the data layer sees it: a session cookie is
 * only a claim; the account must still exist, be enabled and carry the same
 * session version.
 */
import "server-only";
import { cache } from "react";
import type { Actor } from "@/db/authorize";
import { getActorForSession } from "@/db/queries/users";
import { auth } from "./config";

export const getCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = (await auth()) as { uid?: unknown; sv?: unknown } | null;
  if (!session || typeof session.uid !== "number" || typeof session.sv !== "number") return null;
  return getActorForSession(session.uid, session.sv);
});
