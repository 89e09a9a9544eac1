/**
 * The one authorization gate. Every mutation calls `authorize` inside its
 * transaction, with the acting user as loaded from the database (never a role or
 * id sent by the client) and the record as it is in the database.
 *
 * admin: everything. editor (program officer): the organizations and programs
 * assigned to them, the meetings those take part in, creating meetings, people
 * and sources, and correcting what they created. Anyone else: nothing.
 */
import { and, eq, inArray, or } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { DbExecutor } from "./connection";
import { meetingOrganizations, meetingPrograms, revisions, userAssignments, type RecordKind, type UserRole } from "./schema";
import { msg } from "@/lib/i18n/message-ref";

export interface Actor {
  id: number;
  email: string;
  role: UserRole;
}

export type RecordAction = "create" | "update" | "archive" | "restore" | "delete";

/** What an editor may create without an assignment: new meetings and the people and sources they need. */
const EDITOR_CREATES: ReadonlySet<RecordKind> = new Set(["meeting", "person", "source"]);

export function canEditRecord(db: DbExecutor, actor: Actor | null, action: RecordAction, kind: RecordKind, recordId?: number): boolean {
  if (!actor) return false;
  if (actor.role === "admin") return true;
  // Deleting is for administrators; editors archive.
  if (action === "delete") return false;
  if (action === "create") return EDITOR_CREATES.has(kind);
  if (recordId === undefined) return false;
  const assigned = db.select().from(userAssignments).where(eq(userAssignments.userId, actor.id)).all();
  const organizationIds = assigned.flatMap((a) => (a.organizationId === null ? [] : [a.organizationId]));
  const programIds = assigned.flatMap((a) => (a.programId === null ? [] : [a.programId]));
  switch (kind) {
    case "organization":
      return organizationIds.includes(recordId);
    case "program":
      return programIds.includes(recordId);
    case "meeting":
      return meetingInScope(db, recordId, organizationIds, programIds) || createdBy(db, actor, kind, recordId);
    case "person":
    case "source":
      // What an editor created, they may go on correcting.
      return createdBy(db, actor, kind, recordId);
    default:
      return false;
  }
}

function createdBy(db: DbExecutor, actor: Actor, kind: RecordKind, recordId: number): boolean {
  return (
    db
      .select({ id: revisions.id })
      .from(revisions)
      .where(
        and(
          eq(revisions.recordKind, kind),
          eq(revisions.recordId, recordId),
          eq(revisions.action, "create"),
          eq(revisions.userId, actor.id),
        ),
      )
      .get() !== undefined
  );
}

function meetingInScope(db: DbExecutor, meetingId: number, organizationIds: number[], programIds: number[]): boolean {
  const viaOrganization =
    organizationIds.length > 0 &&
    db
      .select({ id: meetingOrganizations.meetingId })
      .from(meetingOrganizations)
      .where(and(eq(meetingOrganizations.meetingId, meetingId), inArray(meetingOrganizations.organizationId, organizationIds)))
      .get() !== undefined;
  if (viaOrganization) return true;
  return (
    programIds.length > 0 &&
    db
      .select({ id: meetingPrograms.meetingId })
      .from(meetingPrograms)
      .where(and(eq(meetingPrograms.meetingId, meetingId), or(inArray(meetingPrograms.programId, programIds))))
      .get() !== undefined
  );
}

export function authorize(db: DbExecutor, actor: Actor | null, action: RecordAction, kind: RecordKind, recordId?: number): void {
  if (!actor) throw new AppError("unauthorized", msg("errors.signInToChange"));
  if (!canEditRecord(db, actor, action, kind, recordId)) {
    throw new AppError(
      "forbidden",
      msg("errors.notAllowed", { action: msg(`errors.recordActions.${action}`), kind: msg(`editor.kinds.${kind}`) }),
    );
  }
}

export function authorizeAdmin(actor: Actor | null): asserts actor is Actor {
  if (!actor) throw new AppError("unauthorized", msg("errors.signInToChange"));
  if (actor.role !== "admin") throw new AppError("forbidden", msg("errors.adminsOnly"));
}
