import { afterEach, describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION } from '../../src/core/version.js';
import { documentsByOtherRules } from '../../src/store/write.js';
import { secondText, sourceText, testDb, type TestDb } from '../verify/fixtures.js';

describe('documents kept from older rules', () => {
  let t: TestDb;
  afterEach(() => t?.close());

  it('counts only the given documents whose rules claims come from another version, once each', () => {
    t = testDb();
    const first = t.store(sourceText);
    const second = t.store(secondText);
    t.db.prepare("UPDATE claims SET extractor_version = '0.0.1' WHERE document_id = ? AND extractor = 'rules'").run(first);
    expect(documentsByOtherRules(t.db, 'rules', EXTRACTOR_VERSION, [first, second])).toEqual({ documents: 1, versions: ['0.0.1'] });
    // A run that skipped only the second document has nothing to say about the first.
    expect(documentsByOtherRules(t.db, 'rules', EXTRACTOR_VERSION, [second])).toEqual({ documents: 0, versions: [] });
    expect(documentsByOtherRules(t.db, 'rules', EXTRACTOR_VERSION, [])).toEqual({ documents: 0, versions: [] });
  });

  it('reads ids in chunks (more than one SQL parameter list)', () => {
    t = testDb();
    const first = t.store(sourceText);
    t.db.prepare("UPDATE claims SET extractor_version = '0.0.2' WHERE extractor = 'rules'").run();
    const ids = [...Array.from({ length: 1200 }, (_, i) => `missing-${i}`), first];
    expect(documentsByOtherRules(t.db, 'rules', EXTRACTOR_VERSION, ids)).toEqual({ documents: 1, versions: ['0.0.2'] });
  });
});
