import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsNotEmpty, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { MOBILE_PATTERN } from '@cacem/shared';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateContactDto {
  @ApiProperty({ description: '联系人姓名', example: '李娜' })
  @Transform(trimmed)
  @IsNotEmpty({ message: '请填写联系人姓名' })
  @IsString({ message: '姓名应为文本' })
  @MaxLength(50, { message: '姓名不能超过 50 个字' })
  displayName: string;

  @ApiProperty({ description: '登录用户名（字母、数字、._-，3–50 位）', example: 'yejin-lina' })
  @Transform(trimmed)
  @IsNotEmpty({ message: '请填写用户名' })
  @Matches(/^[A-Za-z0-9._-]{3,50}$/, { message: '用户名应为 3–50 位字母、数字或 ._-' })
  username: string;

  @ApiPropertyOptional({ description: '手机号' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value))
  @Matches(MOBILE_PATTERN, { message: '手机号应为 11 位，以 1 开头' })
  mobile?: string;
}

export class BindDto {
  @ApiProperty({ description: '秘书处发放的绑定码（8 位）' })
  @IsNotEmpty({ message: '请填写绑定码' })
  @IsString({ message: '绑定码应为文本' })
  @MaxLength(20, { message: '绑定码过长' })
  bindCode: string;

  @ApiProperty({ description: '微信登录（wechat-login）返回的绑定凭证' })
  @IsNotEmpty({ message: '请先在小程序中进行微信登录' })
  @IsString({ message: '微信绑定凭证应为文本' })
  @MaxLength(2000, { message: '微信绑定凭证过长' })
  wechatTicket: string;
}

export class RemindDto {
  @ApiPropertyOptional({ type: [Number], description: '要提醒的推荐单位；不填为尚未报送齐全的全部单位' })
  @IsOptional()
  @IsArray({ message: '推荐单位应为列表' })
  @ArrayMaxSize(200, { message: '推荐单位过多' })
  @IsInt({ each: true, message: '推荐单位 id 应为整数' })
  unitIds?: number[];
}
