// Runs the mempool stand-in as a child process for the demo and the benchmark:
//   npx tsx e2e/stand-in/mempool/cli.ts --port 0 [--host 127.0.0.1]
// stdout gets exactly one JSON line, {"port":N}, once listening (parents wait for it);
// every request is logged to stderr; SIGTERM/SIGINT close the server and exit 0.
import { parseArgs } from 'node:util';
import { startMempoolStandIn } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`mempool stand-in: bad --port ${values.port}\n`);
  process.exit(2);
}

const standIn = await startMempoolStandIn({
  port,
  host: values.host,
  onResponse: (entry) => {
    const fault = entry.fault ? ` [${entry.fault}]` : '';
    process.stderr.write(
      `mempool stand-in: ${entry.method} ${entry.host}${entry.path} -> ${entry.status}${fault}\n`,
    );
  },
});
process.stdout.write(`${JSON.stringify({ port: standIn.port })}\n`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`mempool stand-in: ${signal}, closing\n`);
  standIn.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
