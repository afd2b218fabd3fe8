import { Module } from '@nestjs/common';
import { PanelDrawService } from './panel-draw.service.js';
import { PanelController } from './panel.controller.js';
import { PanelService } from './panel.service.js';

@Module({ controllers: [PanelController], providers: [PanelService, PanelDrawService], exports: [PanelService] })
export class PanelModule {}
