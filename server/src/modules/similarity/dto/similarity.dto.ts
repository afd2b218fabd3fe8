import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, Min } from 'class-validator';
import { PageQueryDto } from '../../../common/page-query.dto.js';
import { SIMILARITY_DOCUMENT_STATUSES, type SimilarityDocumentStatus } from '../similarity-document.entity.js';

const booleanQuery = ({ value }: { value: unknown }) => (value === 'true' ? true : value === 'false' ? false : value);
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListPairsDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: '只看疑似雷同（相似度达到疑似线）；默认 true', default: true })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'suspiciousOnly 应为 true 或 false' })
  suspiciousOnly = true;

  @ApiPropertyOptional({ type: Boolean, description: '包括已核实无问题的文件对；默认 false', default: false })
  @IsOptional()
  @Transform(booleanQuery)
  @IsBoolean({ message: 'includeDismissed 应为 true 或 false' })
  includeDismissed = false;
}

export class DismissPairDto {
  @ApiProperty({ description: '核实情况：为什么不是抄袭（如同一企业往年材料、引用公开标准）', maxLength: 500 })
  @Transform(trimmed)
  @IsString({ message: '核实情况应为文本' })
  @MaxLength(500, { message: '核实情况不能超过 500 个字' })
  @Matches(/\S/, { message: '请填写核实情况' })
  reason: string;
}

export class ListDocumentsDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: SIMILARITY_DOCUMENT_STATUSES, description: 'indexed 已建索引 / uncheckable 无法比对；不填为全部' })
  @IsOptional()
  @IsIn(SIMILARITY_DOCUMENT_STATUSES, { message: '状态应为 indexed 或 uncheckable' })
  status?: SimilarityDocumentStatus;
}

export class OpenPairCaseDto {
  @ApiProperty({ type: 'integer', minimum: 1, description: '立案针对的申报：该文件对中的一方' })
  @IsInt({ message: '申报 id 应为整数' })
  @Min(1, { message: '申报 id 应为正整数' })
  applicationId: number;

  @ApiProperty({ description: '问题线索与情况说明', maxLength: 2000 })
  @Transform(trimmed)
  @IsString({ message: '情况说明应为文本' })
  @MaxLength(2000, { message: '情况说明不能超过 2000 个字' })
  @Matches(/\S/, { message: '请填写情况说明' })
  description: string;
}
