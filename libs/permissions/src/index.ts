export * from './permission-catalogue';
export * from './membership-state';
