export * from './validation-limits';
