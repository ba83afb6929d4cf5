import { ConfigError, loadConfig, type Config } from '../config.js';

/** The environment's config, or exit 78 (EX_CONFIG) with the list of bad keys. */
export function configOrExit(): Readonly<Config> {
  try {
    return loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(78);
    }
    throw error;
  }
}
