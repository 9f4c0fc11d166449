/** The password that the global setup seeds for every demo user. */
export const DEMO_PASSWORD = 'e2e-demo-password-1234';

export const ADMIN = 'admin@example.com';
export const BUYER = 'buyer@example.com';
export const NEWCOMER = 'newcomer@example.com';

export const ACME = { number: '100042', name: 'Acme Devices GmbH' };
export const BETA = { number: '100043', name: 'Beta Logistics AG' };

/** The admin's invitation e-mails per 24 hours in this suite (the product default is 50). */
export const INVITATION_DAILY_LIMIT = 500;
