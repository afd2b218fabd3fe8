import { Controller, Get, Param, ParseIntPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Responds } from '../../common/contract/responds.js';
import { Access, CurrentPrincipal, type Principal } from '../access/index.js';
import { SimilarityClustersService } from './similarity-clusters.service.js';
import { SimilarityClusterDetail, SimilarityClusterList } from './similarity.schemas.js';

@ApiTags('材料查重')
@ApiBearerAuth()
@Controller('similarity/clusters')
export class SimilarityClustersController {
  constructor(private readonly clusters: SimilarityClustersService) {}

  @Get()
  @Access('similarity.manage')
  @ApiOperation({ summary: '模板雷同：多个班组共用的同一段文字（不含通知和评分标准的原文），按占比从高到低' })
  @Responds(SimilarityClusterList)
  list(@CurrentPrincipal() principal: Principal) {
    return this.clusters.list(principal);
  }

  @Get(':id')
  @Access('similarity.manage')
  @ApiOperation({ summary: '一组模板雷同：共用这段文字的班组、各自占比，以及共用段落的原文' })
  @Responds(SimilarityClusterDetail)
  one(@CurrentPrincipal() principal: Principal, @Param('id', ParseIntPipe) id: number) {
    return this.clusters.one(principal, id);
  }
}
