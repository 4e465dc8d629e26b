// npm run --silent analyse -- FILE... [--summary] [--verbose] [--prior FILE...]: see analyse-cli.ts.
import { main } from './analyse-cli';

// A pipe takes what it can hold (64 KiB) and Node writes the rest as the reader reads: exiting with
// process.exit() before then cut a large report's JSON short for a slow reader (`| jq`, `| less`,
// `| (sleep 2; cat)`). So the run sets its code and exits by itself once stdout has taken every byte.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  // The reader went away (`| head`): what is left cannot reach it, so say so and stop.
  process.stderr.write('analyse: the output was closed before all of it was written (EPIPE)\n', () => process.exit(1));
});

void main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
}).then((code) => {
  process.exitCode = code;
});
