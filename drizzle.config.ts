import { defineConfig } from 'drizzle-kit';

// Generates SQL migrations from the tables in src/storage/schema/<resource>.schema.ts (one file per
// resource); the same migrations run on PGlite and PostgreSQL.
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/storage/schema/*.schema.ts',
  out: './src/storage/migrations',
});
