import { moveStoredCampaignToMaterialsReview } from './review-config.js';
import { type RunningServer, startServer } from './server.js';

/**
 * How a season test gets past registration: `register` runs against a server in the registration window on the data
 * folder, that server stops, the stored campaign moves to materials review and the server starts again there. Each
 * window's environment names its config copy (CONFIG_DIR).
 */
export async function registerThenReview<T>(
  dataDir: string,
  env: { registration: Record<string, string>; review: Record<string, string> },
  register: (base: string) => Promise<T>,
): Promise<{ registered: T; server: RunningServer }> {
  const registration = await startServer(env.registration, { dataDir });
  let registered: T;
  try {
    registered = await register(registration.url);
  } finally {
    await registration.stop();
  }
  moveStoredCampaignToMaterialsReview(dataDir);
  return { registered, server: await startServer(env.review, { dataDir }) };
}
