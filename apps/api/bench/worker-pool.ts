import { Worker } from 'node:worker_threads';
import type { EncodedBatch, LoadBatch, WorkerSetup } from './load-protocol';

/**
 * A worker thread running a TypeScript module: worker threads do not inherit tsx's loader, so a
 * small bootstrap registers it first.
 */
function typescriptWorker(module: URL, workerData: unknown): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData });
}

/** A few encoding workers; each batch goes to the least busy one. */
export function createWorkerPool(size: number, setup: WorkerSetup) {
  const workers = Array.from({ length: size }, () => {
    const worker = typescriptWorker(new URL('./load-worker.ts', import.meta.url), setup);
    const waiting = new Map<number, { resolve: (r: EncodedBatch) => void; reject: (e: Error) => void }>();
    worker.on('message', (result: EncodedBatch) => {
      waiting.get(result.batch)?.resolve(result);
      waiting.delete(result.batch);
    });
    worker.on('error', (error) => {
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    });
    return { worker, waiting };
  });
  return {
    submit(batch: LoadBatch): Promise<EncodedBatch> {
      const slot = workers.reduce((a, b) => (b.waiting.size < a.waiting.size ? b : a));
      return new Promise((resolve, reject) => {
        slot.waiting.set(batch.batch, { resolve, reject });
        slot.worker.postMessage(batch);
      });
    },
    close: () => Promise.all(workers.map((w) => w.worker.terminate())),
  };
}
