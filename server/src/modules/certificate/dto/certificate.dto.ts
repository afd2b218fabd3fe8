import { GRADES, type Grade } from '@cacem/shared';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListCertificatesDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: GRADES, description: '等级：excellent 卓越级 / exemplary 示范级 / improving 改进级；不填为全部' })
  @IsOptional()
  @IsIn(GRADES, { message: '等级应为 excellent（卓越级）、exemplary（示范级）或 improving（改进级）' })
  grade?: Grade;

  @ApiPropertyOptional({ type: Boolean, description: 'true 只看已撤销的，false 只看有效的；不填为全部' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: 'revoked 应为 true 或 false' })
  revoked?: boolean;
}

export class RevokeCertificateDto {
  // Optional here so that a missing or blank reason gets its own code (CERTIFICATE_REVOKE_REASON_REQUIRED) from the service.
  @ApiProperty({ description: '撤销原因（必填，公众查验时可见），如：经查实申报材料弄虚作假（第十五条）', maxLength: 500 })
  @IsOptional()
  @Transform(trimmed)
  @IsString({ message: '撤销原因应为文本' })
  @MaxLength(500, { message: '撤销原因不能超过 500 个字' })
  reason?: string;
}
