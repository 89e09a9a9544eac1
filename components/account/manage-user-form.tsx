"use client";

import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionState } from "@/lib/actions";

/** One small form per operation on an account (role, disable, assign…), all posting to the same action. */
export function ManageUserForm({
  action,
  userId,
  operation,
  submitLabel,
  children,
}: {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  userId: number;
  operation: string;
  submitLabel: string;
  children?: ReactNode;
}) {
  return (
    <ActionForm action={action} submitLabel={submitLabel} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="userId" value={userId} />
      <input type="hidden" name="operation" value={operation} />
      {children}
    </ActionForm>
  );
}
