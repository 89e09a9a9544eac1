/**
 * `npm run db:migrate`: what the server does on start, without starting it —
 * migrate DATABASE_PATH and, when it is new, seed it (DATABASE_SEED).
 */
import path from "node:path";
import { prepareDatabase } from "../db/setup";
import { readEnv } from "../lib/env";

const { DATABASE_PATH, DATABASE_SEED } = readEnv();
const { db, seeded } = prepareDatabase(DATABASE_PATH, DATABASE_SEED);
db.$client.close();
console.log(`${path.resolve(DATABASE_PATH)}: migrated${seeded ? ", seeded with the forum's data" : ""}`);
