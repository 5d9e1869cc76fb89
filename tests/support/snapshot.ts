import { inject } from 'vitest';
import { connect } from '../../scripts/lib/database.ts';

/**
 * Every row of the content tables (documents, components, relation links), in a stable
 * order: two equal snapshots mean nothing was written in between.
 */
export async function snapshotContent(): Promise<Record<string, unknown[]>> {
  const db = connect(inject('database').connection);
  try {
    const tables = (await listTables(db)).filter((table) =>
      /^(workshops|themes|focus_editions|team_members|site_settings|home_pages|components_)/.test(
        table
      )
    );
    const snapshot: Record<string, unknown[]> = {};
    for (const table of tables.sort()) {
      snapshot[table] = await db(table).select('*').orderBy('id');
    }
    return snapshot;
  } finally {
    await db.destroy();
  }
}

async function listTables(db: ReturnType<typeof connect>): Promise<string[]> {
  if (inject('database').kind === 'sqlite') {
    const rows = (await db.raw("SELECT name FROM sqlite_master WHERE type = 'table'")) as {
      name: string;
    }[];
    return rows.map((row) => row.name);
  }
  const result = (await db.raw("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) as {
    rows: { tablename: string }[];
  };
  return result.rows.map((row) => row.tablename);
}
