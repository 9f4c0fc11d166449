import { describe, expect, it } from 'vitest';
import { areaLabels, samePermissions } from './permission-labels';

describe('areaLabels', () => {
  it('names the areas in catalogue order and the UI language', () => {
    expect(areaLabels(['users.manage', 'invoices.read', 'orders.read'], 'en')).toEqual([
      'Orders',
      'Invoices',
      'User Management',
    ]);
    expect(areaLabels(['reports.read', 'devices.read'], 'de')).toEqual(['Geräte', 'Berichte']);
    expect(areaLabels([], 'en')).toEqual([]);
  });
});

describe('samePermissions', () => {
  it('ignores the order', () => {
    expect(samePermissions(['orders.read', 'invoices.read'], ['invoices.read', 'orders.read'])).toBe(true);
    expect(samePermissions(['orders.read'], ['orders.read', 'invoices.read'])).toBe(false);
    expect(samePermissions(['orders.read'], ['invoices.read'])).toBe(false);
  });
});
