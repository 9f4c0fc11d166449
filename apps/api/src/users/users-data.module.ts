import { Module } from '@nestjs/common';
import { UsersRepository } from './users.repository';

/** The account store, shared by auth (credentials) and the profile endpoints. */
@Module({ providers: [UsersRepository], exports: [UsersRepository] })
export class UsersDataModule {}
