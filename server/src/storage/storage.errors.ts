import { HttpStatus } from '@nestjs/common';
import { DomainException } from '../common/domain.exception.js';

/** 413 naming the limit the way people think of it: '文件超过 20 MB 的上限'. */
export function fileTooLarge(maxBytes: number): DomainException {
  const mb = maxBytes / (1024 * 1024);
  const limit = mb >= 1 ? `${Number.isInteger(mb) ? mb : mb.toFixed(1)} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return new DomainException('FILE_TOO_LARGE', HttpStatus.PAYLOAD_TOO_LARGE, { message: `文件超过 ${limit} 的上限` });
}
