import { Module } from '@nestjs/common';
import { UnitPackageController } from './unit-package.controller.js';
import { UnitPackageService } from './unit-package.service.js';

@Module({ controllers: [UnitPackageController], providers: [UnitPackageService] })
export class UnitPackageModule {}
