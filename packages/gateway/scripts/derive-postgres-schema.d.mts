/** The PostgreSQL copy of the SQLite source schema. */
export function derivePostgresSchema(sqliteSchema: string): string;
