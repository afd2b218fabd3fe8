// The S3 stand-in (s3rver, a local process speaking the S3 protocol) for end-to-end tests; see the server tests' copy.
export { type S3StandIn, startS3StandIn } from '../../../server/test/support/s3-stand-in.js';
