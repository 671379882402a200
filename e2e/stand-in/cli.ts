// Runs the stand-in as a child process for the demo and the benchmark:
//   npx tsx e2e/stand-in/cli.ts --port 0 [--host 127.0.0.1]
// stdout gets exactly one JSON line, {"port":N}, once listening (parents wait for it);
// every request is logged to stderr; SIGTERM/SIGINT close the server and exit 0.
import { parseArgs } from 'node:util';
import { startStandIn } from './server.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '0' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  process.stderr.write(`stand-in: bad --port ${values.port}\n`);
  process.exit(2);
}

const standIn = await startStandIn({
  port,
  host: values.host,
  onResponse: (entry) => {
    // Readable rather than re-encoded: `ids=bitcoin,ethereum`, not `ids=bitcoin%2Cethereum`.
    const query = Object.entries(entry.query)
      .map(([name, value]) => `${name}=${value}`)
      .join('&');
    const fault = entry.fault ? ` [${entry.fault}]` : '';
    process.stderr.write(
      `stand-in: ${entry.method} ${entry.host}${entry.path}${query ? `?${query}` : ''} -> ${entry.status}${fault}\n`,
    );
  },
});
process.stdout.write(`${JSON.stringify({ port: standIn.port })}\n`);

let stopping = false;
const stop = (signal: string): void => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`stand-in: ${signal}, closing\n`);
  standIn.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
