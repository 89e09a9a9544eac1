/**
 * The mutations bound to the app's one connection, for server actions and route
 * handlers (which may not touch the database themselves). Tests call the
 * underlying functions with their own database.
 */
import "server-only";
import type { Actor } from "@/db/authorize";
import { getDb } from "@/db/client";
import type { RecordKind, UserRole } from "@/db/schema";
import { applyImport, planImport, type ImportUpload } from "./imports";
import { createRecord, deleteRecord, restoreRevision, setRecordArchived, updateRecord } from "./records";
import { assignToUser, changeUserRole, inviteUser, revokeSessions, setPasswordWithToken, setUserDisabled, unassignFromUser } from "./users";

export const liveMutations = {
  createRecord: (actor: Actor | null, kind: RecordKind, input: unknown) => createRecord(getDb(), actor, kind, input),
  updateRecord: (actor: Actor | null, kind: RecordKind, id: number, version: number, input: unknown) =>
    updateRecord(getDb(), actor, kind, id, version, input),
  setRecordArchived: (actor: Actor | null, kind: RecordKind, id: number, version: number, archived: boolean) =>
    setRecordArchived(getDb(), actor, kind, id, version, archived),
  deleteRecord: (actor: Actor | null, kind: RecordKind, id: number, version: number) => deleteRecord(getDb(), actor, kind, id, version),
  restoreRevision: (actor: Actor | null, revisionId: number, version: number, side: "after" | "before" = "after") =>
    restoreRevision(getDb(), actor, revisionId, version, side),
  inviteUser: (actor: Actor | null, input: { email: string; role: UserRole; name?: string }, ttlHours: number) =>
    inviteUser(getDb(), actor, input, ttlHours),
  setPasswordWithToken: (token: string, password: string) => setPasswordWithToken(getDb(), token, password),
  changeUserRole: (actor: Actor | null, userId: number, role: UserRole) => changeUserRole(getDb(), actor, userId, role),
  setUserDisabled: (actor: Actor | null, userId: number, disabled: boolean) => setUserDisabled(getDb(), actor, userId, disabled),
  assignToUser: (actor: Actor | null, userId: number, target: { organizationId?: number; programId?: number }) =>
    assignToUser(getDb(), actor, userId, target),
  unassignFromUser: (actor: Actor | null, assignmentId: number) => unassignFromUser(getDb(), actor, assignmentId),
  revokeSessions: (userId: number) => revokeSessions(getDb(), userId),
  planImport: (actor: Actor | null, upload: ImportUpload) => planImport(getDb(), actor, upload),
  applyImport: (actor: Actor | null, importId: number) => applyImport(getDb(), actor, importId),
};
