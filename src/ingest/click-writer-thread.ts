/**
 * The click writer thread's entry point (see `ClickPipeline`): its own connection to the
 * database, the hand-over's reading end, and a `ClickIngest` run by a timer. Messages from the
 * event loop: `confirm`, `flush`, `close`; it answers with reports and `done`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { createCountryLookup } from '../app/geo/country-lookup.js';
import { systemRandom } from '../app/system-ports.js';
import { openClickWriterDatabase, startIngest, type WriterThreadData, type WriterRequest, type WriterMessage } from './ingest-runtime.js';

const data = workerData as WriterThreadData;
const port = parentPort;
if (!port) throw new Error('click-writer-thread.ts runs as a worker thread only');

const database = openClickWriterDatabase(data.connection);
const runtime = await startIngest({
  data,
  database,
  lookupCountry: createCountryLookup({}),
  random: systemRandom,
  report: (report) => port.postMessage({ type: 'report', report } satisfies WriterMessage),
  reportOutbox: (report) => port.postMessage({ type: 'outbox', report } satisfies WriterMessage),
  webhookDisabled: (notice) => port.postMessage({ type: 'webhook-disabled', notice } satisfies WriterMessage),
});

port.on('message', (request: WriterRequest) => {
  if (request.op === 'confirm') return runtime.ingest.confirm(request.confirmation);
  const work =
    request.op === 'flush' ? runtime.ingest.flush() : request.op === 'refresh' ? runtime.ingest.refreshConsequences() : runtime.close(request.deadlineMs).then(() => database.close());
  work.then(
    () => port.postMessage({ type: 'done', id: request.id } satisfies WriterMessage),
    (error: unknown) => port.postMessage({ type: 'done', id: request.id, error: String(error) } satisfies WriterMessage),
  );
});
port.postMessage({ type: 'ready' } satisfies WriterMessage);
