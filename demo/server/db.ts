// Storage: one schema and one set of queries (Kysely) for SQLite (better-sqlite3, the default: a
// file under demo/data/, WAL) and PostgreSQL (pg, when DATABASE_URL is set). Every value goes in
// as a parameter; dates are stored as ISO 8601 UTC text (`2025-01-31T12:00:00.000Z`), which sorts
// and compares the same way in both databases.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type Migration } from 'kysely';
import pg from 'pg';

export interface ResponsesTable {
  id: string;
  kind: string;
  scale: string;
  score: number;
  category: string;
  comment: string | null;
  question: string;
  locale: string;
  respondent_id: string | null;
  /** `properties.segment` when it is a string: what `/api/nps?segment=` filters on. */
  segment: string | null;
  page: string;
  submitted_at: string;
  suspect: number;
  /** The survey's revision (1 when the body had none): a body replaces the row only with a higher one. */
  revision: number;
  /** How many times a higher revision replaced the row: 0 right after the insert. */
  updates: number;
  received_at: string;
  /** The body as validated, JSON. */
  body: string;
}
export interface CustomersTable {
  id: string;
  /** ISO date-time, like every date here (a date-only string would sort before its own midnight). */
  start_date: string;
  end_date: string | null;
  contract: string;
  payment_method: string;
  internet_service: string;
  monthly_charges: number;
  churned: number;
}
export interface FunnelTable {
  month: string;
  position: number;
  stage: string;
  value: number;
}
export interface DealsTable {
  id: string;
  created: string;
  closed: string | null;
  /** 1 won, 0 lost, null while open. */
  won: number | null;
  amount: number;
  source: string;
}
export interface TicketsTable {
  id: string;
  opened: string;
  first_response: string | null;
  resolved: string | null;
  channel: string;
}
/** Spend per month (`2025-01`) and channel: `marketing`, `sales` or `retention`. */
export interface SpendTable {
  month: string;
  channel: string;
  amount: number;
}
/** Revenue movements of existing accounts per month (new revenue is the won deals'). */
export interface RevenueTable {
  month: string;
  expansion: number;
  contraction: number;
  churned: number;
}
/** Contracts due for renewal per month and contract (`One year`, `Two year`), and how many renewed. */
export interface RenewalsTable {
  month: string;
  contract: string;
  due: number;
  renewed: number;
}
export interface MetaTable {
  key: string;
  value: string;
}
export interface Tables {
  responses: ResponsesTable;
  customers: CustomersTable;
  funnel: FunnelTable;
  deals: DealsTable;
  tickets: TicketsTable;
  spend: SpendTable;
  revenue: RevenueTable;
  renewals: RenewalsTable;
  meta: MetaTable;
}
export type Db = Kysely<Tables>;

/** Versioned migrations, applied in name order and recorded by Kysely (under a lock on PostgreSQL). */
const migrations: Record<string, Migration> = {
  '0001-init': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('responses')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('scale', 'text', (c) => c.notNull())
        .addColumn('score', 'integer', (c) => c.notNull())
        .addColumn('category', 'text', (c) => c.notNull())
        .addColumn('comment', 'text')
        .addColumn('question', 'text', (c) => c.notNull())
        .addColumn('locale', 'text', (c) => c.notNull())
        .addColumn('respondent_id', 'text')
        .addColumn('segment', 'text')
        .addColumn('page', 'text', (c) => c.notNull())
        .addColumn('submitted_at', 'text', (c) => c.notNull())
        .addColumn('suspect', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('revision', 'integer', (c) => c.notNull())
        .addColumn('updates', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('body', 'text', (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('responses_kind_time')
        .on('responses')
        .columns(['kind', 'submitted_at'])
        .execute();
      await db.schema
        .createTable('customers')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('start_date', 'text', (c) => c.notNull())
        .addColumn('end_date', 'text')
        .addColumn('contract', 'text', (c) => c.notNull())
        .addColumn('payment_method', 'text', (c) => c.notNull())
        .addColumn('internet_service', 'text', (c) => c.notNull())
        .addColumn('monthly_charges', 'double precision', (c) => c.notNull())
        .addColumn('churned', 'integer', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('funnel')
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('position', 'integer', (c) => c.notNull())
        .addColumn('stage', 'text', (c) => c.notNull())
        .addColumn('value', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('funnel_pk', ['month', 'stage'])
        .execute();
      await db.schema
        .createTable('deals')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('created', 'text', (c) => c.notNull())
        .addColumn('closed', 'text')
        .addColumn('won', 'integer')
        .addColumn('amount', 'double precision', (c) => c.notNull())
        .addColumn('source', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('deals_created').on('deals').column('created').execute();
      await db.schema
        .createTable('tickets')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('opened', 'text', (c) => c.notNull())
        .addColumn('first_response', 'text')
        .addColumn('resolved', 'text')
        .addColumn('channel', 'text', (c) => c.notNull())
        .execute();
      await db.schema.createIndex('tickets_opened').on('tickets').column('opened').execute();
      await db.schema
        .createTable('meta')
        .addColumn('key', 'text', (c) => c.primaryKey())
        .addColumn('value', 'text', (c) => c.notNull())
        .execute();
    },
  },
  // The KPI cards' money and renewals: what the customers, deals and tickets do not record.
  '0002-spend-revenue-renewals': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('spend')
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('channel', 'text', (c) => c.notNull())
        .addColumn('amount', 'double precision', (c) => c.notNull())
        .addPrimaryKeyConstraint('spend_pk', ['month', 'channel'])
        .execute();
      await db.schema
        .createTable('revenue')
        .addColumn('month', 'text', (c) => c.primaryKey())
        .addColumn('expansion', 'double precision', (c) => c.notNull())
        .addColumn('contraction', 'double precision', (c) => c.notNull())
        .addColumn('churned', 'double precision', (c) => c.notNull())
        .execute();
      await db.schema
        .createTable('renewals')
        .addColumn('month', 'text', (c) => c.notNull())
        .addColumn('contract', 'text', (c) => c.notNull())
        .addColumn('due', 'integer', (c) => c.notNull())
        .addColumn('renewed', 'integer', (c) => c.notNull())
        .addPrimaryKeyConstraint('renewals_pk', ['month', 'contract'])
        .execute();
    },
  },
};

export interface Store {
  db: Db;
  /** `sqlite` or `postgres`. */
  dialect: 'sqlite' | 'postgres';
  /** Where the data is, without any password: for the start-up line. */
  where: string;
  close(): Promise<void>;
}

/** The connection string without its password. */
export const redact = (url: string): string => {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres (unparsable DATABASE_URL)';
  }
};

/** Opens the database (PostgreSQL with `databaseUrl`, else the SQLite file) and migrates it. */
export async function openStore({
  databaseUrl,
  sqlitePath,
}: {
  databaseUrl?: string | undefined;
  sqlitePath: string;
}): Promise<Store> {
  let store: Store;
  if (databaseUrl) {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 10 });
    const db = new Kysely<Tables>({ dialect: new PostgresDialect({ pool }) });
    store = { db, dialect: 'postgres', where: redact(databaseUrl), close: () => db.destroy() };
  } else {
    if (sqlitePath != ':memory:') mkdirSync(dirname(sqlitePath), { recursive: true });
    const database = new Database(sqlitePath);
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    // A second process on the same file waits for the writer instead of failing.
    database.pragma('busy_timeout = 10000');
    const db = new Kysely<Tables>({ dialect: new SqliteDialect({ database }) });
    store = { db, dialect: 'sqlite', where: sqlitePath, close: () => db.destroy() };
  }
  const migrator = new Migrator({
    db: store.db,
    provider: { getMigrations: async () => migrations },
  });
  // PostgreSQL serialises migrators with an advisory lock; Kysely's SQLite dialect has no lock
  // between processes, so two collectors starting at once on one file can race. Each migration
  // runs in a transaction, so the loser's rolls back whole: it waits, then finds the migrations
  // the winner applied and has nothing left to do.
  let { error, results } = await migrator.migrateToLatest();
  for (let attempt = 1; error && store.dialect == 'sqlite' && attempt <= 5; attempt++) {
    await new Promise((r) => setTimeout(r, 100 * attempt));
    ({ error, results } = await migrator.migrateToLatest());
  }
  const failed = results?.find((r) => r.status == 'Error');
  if (error || failed) {
    await store.close();
    throw new Error(`migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
  }
  return store;
}

/** A count from either database (PostgreSQL gives bigint counts as strings). */
export const countOf = (v: unknown): number => Number(v ?? 0);

/** `count(*)` typed for both dialects. */
export const countAll = () => sql<string | number>`count(*)`;
