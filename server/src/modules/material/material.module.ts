import { Module } from '@nestjs/common';
import { MaterialController } from './material.controller.js';
import { MaterialService } from './material.service.js';

@Module({ controllers: [MaterialController], providers: [MaterialService] })
export class MaterialModule {}
