import { Global, Module } from '@nestjs/common';
import { FilesController } from './files.controller.js';
import { StorageService } from './storage.service.js';

/** Files on local disk, content-addressed; global so every domain module can receive and link files. */
@Global()
@Module({ controllers: [FilesController], providers: [StorageService], exports: [StorageService] })
export class StorageModule {}
