import { Module } from '@nestjs/common';

// The files' routes are the application's (ApplicationModule: it decides who uploads and when); this module keeps the table.
@Module({})
export class MaterialModule {}
