/**
 * The click writer thread's entry point (see `ThreadedClickWriter`): its own connection to the
 * SQLite file, a `ClickWriter` over it, and a small request/response protocol on the parent port.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ClickSink } from '../storage/click-sink.js';
import { connectSqlite } from '../storage/sqlite/connect-sqlite.js';
import { ClickWriter } from './click-writer.js';
import { decodeBatch } from './click-transfer.js';
import type { WriterReply, WriterRequest, WriterThreadData } from './threaded-click-writer.js';

const { file, lockWaitMs, autoCheckpointPages } = workerData as WriterThreadData;
const port = parentPort;
if (!port) throw new Error('click-writer-thread.ts runs as a worker thread only');

const database = connectSqlite({ file }, { lockWaitMs, autoCheckpointPages });
const writer = new ClickWriter(new ClickSink(database));

async function handle(request: WriterRequest): Promise<unknown> {
  switch (request.op) {
    case 'write':
      return writer.write(decodeBatch(request.batch));
    case 'writeRollups':
      return writer.writeRollups();
    case 'close':
      await writer.close();
      await database.close();
      return undefined;
  }
}

port.on('message', (request: WriterRequest) => {
  handle(request).then(
    (value) => port.postMessage({ id: request.id, ok: true, value } satisfies WriterReply),
    (error: unknown) => {
      const { message, code } = error instanceof Error ? (error as Error & { code?: string }) : { message: String(error), code: undefined };
      port.postMessage({ id: request.id, ok: false, message, code } satisfies WriterReply);
    },
  );
});
