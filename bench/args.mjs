/**
 * Command-line options of the bench scripts, read with node:util parseArgs: `--help` prints the usage (exit 0), an
 * unknown option or a missing value is a one-line error with the usage (exit 2).
 */
import { parseArgs } from 'node:util';

/** The options and positionals of `process.argv` for the script `name`, as parseArgs gives them. */
export function benchArgs(name, usage, options = {}) {
  try {
    const parsed = parseArgs({ allowPositionals: true, options: { ...options, help: { type: 'boolean', short: 'h' } } });
    if (parsed.values.help === true) {
      console.log(usage);
      process.exit(0);
    }
    return parsed;
  } catch (error) {
    console.error(`${name}: ${error.message} (${usage})`);
    process.exit(2);
  }
}
