export * from './permission-catalogue';
