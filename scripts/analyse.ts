// npm run --silent analyse -- FILE... [--summary] [--prior FILE...]: see analyse-cli.ts.
import { main } from './analyse-cli';

main(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  progress: process.stderr.isTTY === true,
}).then((code) => process.exit(code));
