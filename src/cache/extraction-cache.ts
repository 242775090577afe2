// The extraction cache: per-paper extraction results in an SQLite file (better-sqlite3), keyed by a hash of the
// extractor version and the paper's text, so that a rebuild extracts only new or changed papers. A file that is
// not a litgraph cache, or fails SQLite's integrity check, is discarded and rebuilt — never trusted. It also keeps
// the last build's node positions with a stamp of the graph they were computed for (see src/layout), so a
// rebuild starts its layout from the previous map.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { ExtractionStore, PaperText } from '../extract';
import type { StoredPositions } from '../layout';
import type { PaperExtraction } from '../types';

const SCHEMA = 'litgraph-extraction-cache/1';

export interface CacheOpenReport {
  /** Why an existing file was discarded, if it was. */
  readonly rebuilt?: string;
  readonly entries: number;
}

export class ExtractionCache implements ExtractionStore {
  private readonly db: Database.Database;
  private readonly select: Database.Statement<[string], { data: string }>;
  private readonly insert: Database.Statement<[string, string]>;
  readonly report: CacheOpenReport;
  hits = 0;
  misses = 0;

  private constructor(
    db: Database.Database,
    report: CacheOpenReport,
    private readonly version: string,
  ) {
    this.db = db;
    this.report = report;
    this.select = db.prepare('SELECT data FROM extraction WHERE hash = ?');
    this.insert = db.prepare('INSERT OR REPLACE INTO extraction (hash, data) VALUES (?, ?)');
  }

  /** Opens (or creates) the cache at `file` for this extractor version. */
  static open(file: string, extractorVersion: string): ExtractionCache {
    mkdirSync(dirname(file), { recursive: true });
    let rebuilt: string | undefined;
    let db: Database.Database | undefined;
    if (existsSync(file)) {
      try {
        db = new Database(file);
        const problem = checkCache(db, extractorVersion);
        if (problem) {
          db.close();
          db = undefined;
          rebuilt = problem;
        }
      } catch (error) {
        db?.close();
        db = undefined;
        rebuilt = `not a readable SQLite file (${error instanceof Error ? error.message : String(error)})`;
      }
      if (!db) {
        for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) rmSync(f, { force: true });
      }
    }
    if (!db) {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.exec(`CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
               CREATE TABLE extraction (hash TEXT PRIMARY KEY, data TEXT NOT NULL);`);
      db.prepare('INSERT INTO meta (key, value) VALUES (?, ?), (?, ?)').run(
        'schema',
        SCHEMA,
        'extractor',
        extractorVersion,
      );
    }
    db.pragma('synchronous = NORMAL');
    // Caches written before positions were kept get the table on first open.
    db.exec('CREATE TABLE IF NOT EXISTS position (node TEXT PRIMARY KEY, x REAL NOT NULL, y REAL NOT NULL)');
    const entries = (db.prepare('SELECT COUNT(*) AS n FROM extraction').get() as { n: number }).n;
    return new ExtractionCache(db, { ...(rebuilt ? { rebuilt } : {}), entries }, extractorVersion);
  }

  /** The cache key of a paper: its text and the extractor version (the id does not change the result). */
  keyOf(paper: PaperText): string {
    return createHash('sha1')
      .update(`${this.version}\u0000${paper.title}\u0000${paper.abstract}`)
      .digest('hex');
  }

  get(papers: readonly PaperText[]): (PaperExtraction | undefined)[] {
    return papers.map((p) => {
      const row = this.select.get(this.keyOf(p));
      if (!row) {
        this.misses++;
        return undefined;
      }
      try {
        const stored = JSON.parse(row.data) as Omit<PaperExtraction, 'paperId'>;
        this.hits++;
        return { paperId: p.id, ...stored };
      } catch {
        this.misses++;
        return undefined;
      }
    });
  }

  put(entries: ReadonlyArray<readonly [PaperText, PaperExtraction]>): void {
    const write = this.db.transaction((items: ReadonlyArray<readonly [PaperText, PaperExtraction]>) => {
      for (const [paper, ex] of items) {
        const { paperId: _id, ...stored } = ex;
        this.insert.run(this.keyOf(paper), JSON.stringify(stored));
      }
    });
    write(entries);
  }

  /** The positions stored by the last build, if any. */
  readLayout(): StoredPositions | undefined {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'layout'").get() as
      | { value: string }
      | undefined;
    if (!row) return undefined;
    const positions = new Map<string, readonly [number, number]>();
    for (const p of this.db.prepare('SELECT node, x, y FROM position').iterate() as Iterable<{
      node: string;
      x: number;
      y: number;
    }>) {
      if (Number.isFinite(p.x) && Number.isFinite(p.y)) positions.set(p.node, [p.x, p.y]);
    }
    return positions.size ? { stamp: row.value, positions } : undefined;
  }

  /** Replaces the stored positions in one transaction. */
  writeLayout(stamp: string, positions: Iterable<readonly [string, number, number]>): void {
    const insert = this.db.prepare('INSERT INTO position (node, x, y) VALUES (?, ?, ?)');
    this.db.transaction(() => {
      this.db.exec('DELETE FROM position');
      for (const [node, x, y] of positions) insert.run(node, x, y);
      this.db.prepare("INSERT OR REPLACE INTO meta (key, value) VALUES ('layout', ?)").run(stamp);
    })();
  }

  close(): void {
    this.db.close();
  }
}

/** Returns why the database cannot be trusted as our cache for this extractor version, or undefined if it can. */
function checkCache(db: Database.Database, extractorVersion: string): string | undefined {
  const check = db.pragma('quick_check', { simple: true });
  if (check !== 'ok') return `failed SQLite's integrity check (${String(check)})`;
  const tables = new Set(
    (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map(
      (r) => r.name,
    ),
  );
  if (!tables.has('meta') || !tables.has('extraction')) return 'not a litgraph extraction cache';
  const meta = new Map(
    (db.prepare('SELECT key, value FROM meta').all() as { key: string; value: string }[]).map((r) => [
      r.key,
      r.value,
    ]),
  );
  if (meta.get('schema') !== SCHEMA) return `a different cache format (${meta.get('schema') ?? 'none'})`;
  if (meta.get('extractor') !== extractorVersion) {
    return `made by extractor version ${meta.get('extractor')}, not ${extractorVersion}`;
  }
  return undefined;
}
