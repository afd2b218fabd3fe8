import { Global, Module } from '@nestjs/common';
import { FilesController } from './files.controller.js';
import { StorageService } from './storage.service.js';

/** Files, content-addressed, on local disk or in an S3-compatible bucket (STORAGE_DRIVER); global so every domain module can receive and link files. */
@Global()
@Module({ controllers: [FilesController], providers: [StorageService], exports: [StorageService] })
export class StorageModule {}
