import { describe, expect, it } from 'vitest';
import { enableWal } from '../../src/store/db.js';

/** A connection whose journal-mode switch fails with the given errors first, then succeeds. */
function connection(failures: Array<{ code: string; message: string }>) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    pragma(source: string) {
      calls++;
      expect(source).toBe('journal_mode = WAL');
      const failure = failures.shift();
      if (failure) throw Object.assign(new Error(failure.message), { code: failure.code });
      return [{ journal_mode: 'wal' }];
    },
  };
}

const busy = { code: 'SQLITE_BUSY', message: 'database is locked' };

describe('switching a new database to WAL', () => {
  it('retries while another process holds the lock (SQLite answers SQLITE_BUSY at once there), then succeeds', () => {
    const db = connection([busy, busy, busy]);
    enableWal(db as never);
    expect(db.calls).toBe(4);
  });

  it('gives up with the SQLite error once the busy timeout has passed', () => {
    const db = connection(Array.from({ length: 1000 }, () => busy));
    const started = Date.now();
    expect(() => enableWal(db as never, 150)).toThrow('database is locked');
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
  });

  it('does not retry other errors', () => {
    const db = connection([{ code: 'SQLITE_CORRUPT', message: 'database disk image is malformed' }]);
    expect(() => enableWal(db as never)).toThrow('malformed');
    expect(db.calls).toBe(1);
  });
});
