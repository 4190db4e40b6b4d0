// Runs the pure analysis stage over a batch of documents, on worker threads when the batch
// is large enough to pay for them, so ingest uses every core while the main thread writes.

import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { AnalyzedDocument, SourceDocument } from '../core/types.js';
import { analyzeDocument } from '../pipeline/analyze.js';

export interface Analyzer {
  analyze(documents: SourceDocument[]): Promise<AnalyzedDocument[]>;
  close(): Promise<void>;
}

export class InProcessAnalyzer implements Analyzer {
  async analyze(documents: SourceDocument[]): Promise<AnalyzedDocument[]> {
    return documents.map((d) => analyzeDocument(d));
  }
  async close(): Promise<void> {}
}

interface Job {
  documents: SourceDocument[];
  resolve: (results: AnalyzedDocument[]) => void;
  reject: (error: Error) => void;
}

/** A fixed pool of workers, each analysing one chunk at a time. */
export class WorkerPoolAnalyzer implements Analyzer {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<Worker, Job>();
  private readonly fallback = new InProcessAnalyzer();

  constructor(private readonly size = Math.max(1, Math.min(4, os.availableParallelism())), private readonly minBatch = 8) {
    for (let i = 0; i < size; i++) this.idle.push(this.spawn());
  }

  private spawn(): Worker {
    const worker = new Worker(new URL('./analyze-worker.js', import.meta.url));
    worker.on('message', (results: AnalyzedDocument[]) => this.finish(worker, null, results));
    worker.on('error', (error) => this.finish(worker, error, []));
    // Not unref'd: while the main thread only waits for a worker's reply, the worker must keep
    // the process alive. close() terminates the pool.
    return worker;
  }

  async analyze(documents: SourceDocument[]): Promise<AnalyzedDocument[]> {
    if (documents.length < this.minBatch) return this.fallback.analyze(documents);
    const chunkSize = Math.ceil(documents.length / this.size);
    const chunks: SourceDocument[][] = [];
    for (let i = 0; i < documents.length; i += chunkSize) chunks.push(documents.slice(i, i + chunkSize));
    const results = await Promise.all(chunks.map((chunk) => this.submit(chunk)));
    return results.flat();
  }

  private submit(documents: SourceDocument[]): Promise<AnalyzedDocument[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ documents, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const job = this.queue.shift()!;
      this.running.set(worker, job);
      worker.postMessage(job.documents);
    }
  }

  private finish(worker: Worker, error: Error | null, results: AnalyzedDocument[]): void {
    const job = this.running.get(worker);
    this.running.delete(worker);
    if (job) {
      if (error) job.reject(error);
      else job.resolve(results);
    }
    // A worker that threw is gone: replace it so the pool keeps its size.
    this.idle.push(error ? this.spawn() : worker);
    this.pump();
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.running.keys()].map((w) => w.terminate()));
  }
}

/** Worker threads need the compiled worker script; under a TypeScript runner, analyse in-process. */
export function createAnalyzer(): Analyzer {
  const compiled = import.meta.url.endsWith('.js');
  return compiled && os.availableParallelism() > 1 ? new WorkerPoolAnalyzer() : new InProcessAnalyzer();
}
