import { loadConfigOrExit, withServedAddress, type Config } from '../config.js';
import { readServedUrl } from '../served-url.js';

/**
 * The configuration for a CLI command. Without PUBLIC_URL, short URLs use the address the server
 * of this DATA_DIR last listened on (src/served-url.ts), so `ricochet links export` prints what
 * the API prints even when the server was started with another PORT or HOST.
 */
export function cliConfig(): Readonly<Config> {
  const config = loadConfigOrExit();
  if (config.publicUrlSet) return config;
  const served = readServedUrl(config.dataDir);
  return served ? withServedAddress(config, { publicUrl: served.publicUrl }) : config;
}
