import { Global, Module, type DynamicModule, Inject } from '@nestjs/common';
import type { RuntimeConfig } from './app-config';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Injects the typed configuration object: `@InjectConfig() private readonly config: RuntimeConfig`. */
export const InjectConfig = (): ParameterDecorator => Inject(APP_CONFIG);

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: RuntimeConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] };
  }
}
