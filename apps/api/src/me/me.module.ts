import { Module } from '@nestjs/common';
import { MeController } from './me.controller';
import { MeService } from './me.service';
import { UsersDataModule } from '../users/users-data.module';

@Module({ imports: [UsersDataModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
