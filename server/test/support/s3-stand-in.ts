import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The slice of s3rver's API used here (the package ships no types). */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
}
type S3rverClass = new (options: {
  address: string;
  port: number;
  directory: string;
  silent: boolean;
  configureBuckets: Array<{ name: string }>;
}) => S3rverInstance;

export interface S3StandIn {
  /** What a server is started with to keep its files in the stand-in's bucket. */
  env: Record<string, string>;
  endpoint: string;
  bucket: string;
  /** Where the stand-in keeps its objects on disk (s3rver's own layout, not the platform's). */
  directory: string;
  stop(): Promise<void>;
}

/**
 * A local stand-in for an S3-compatible object store (MinIO, OSS, COS, AWS S3): s3rver, an npm package speaking the
 * S3 REST protocol (signed requests, HEAD/GET/PUT, multipart uploads) over a temp folder. Not a production store:
 * Debian ships no MinIO/SeaweedFS, so the S3 driver is tested against this on the same machine.
 * s3rver checks request signatures against its fixed credentials S3RVER / S3RVER.
 */
export async function startS3StandIn(bucket = 'cacem-files'): Promise<S3StandIn> {
  // CommonJS without types; required rather than imported so no ambient declaration is needed.
  const S3rver = createRequire(import.meta.url)('s3rver') as S3rverClass;
  const directory = mkdtempSync(join(tmpdir(), 'cacem-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, directory, silent: true, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  return {
    env: {
      STORAGE_DRIVER: 's3',
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_BUCKET: bucket,
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
    },
    endpoint,
    bucket,
    directory,
    stop: async () => {
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
