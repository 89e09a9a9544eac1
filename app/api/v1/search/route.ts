import { operations } from "@/lib/api/operations";
import { serveOperation } from "@/lib/api/serve";

export const { GET, OPTIONS, POST, PUT, PATCH, DELETE } = serveOperation(operations.search);
