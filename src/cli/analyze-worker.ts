// Worker thread body for WorkerPoolAnalyzer: analyse each chunk it is sent and post the results.
import { parentPort } from 'node:worker_threads';
import type { SourceDocument } from '../core/types.js';
import { analyzeDocument } from '../pipeline/analyze.js';

parentPort?.on('message', (documents: SourceDocument[]) => {
  parentPort!.postMessage(documents.map((d) => analyzeDocument(d)));
});
