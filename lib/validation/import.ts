/**
 * The import upload form: what the file holds, the source every row cites
 * unless it names its own, and the file. The file's content is checked by the
 * import itself (db/mutations/imports.ts), which words each problem.
 */
import { z } from "zod";
import { IMPORT_KINDS } from "@/lib/vocabulary";
import { optionalRecordId } from "./fields";

export const importUploadSchema = z.object({
  kind: z.enum(IMPORT_KINDS, { error: "Choose what the file holds: organizations, or meetings." }),
  sourceId: optionalRecordId("a source"),
  file: z
    .instanceof(File, { error: "Choose the CSV file to upload." })
    // A form sent without a file still holds one: empty and nameless.
    .refine((file) => file.name !== "", "Choose the CSV file to upload."),
});

export type ImportUploadInput = z.output<typeof importUploadSchema>;
