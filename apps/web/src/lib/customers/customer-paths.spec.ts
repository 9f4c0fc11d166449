import { describe, expect, it } from 'vitest';
import { customerPath, landingPath } from './customer-paths';

describe('landingPath', () => {
  it('opens the Home of the only customer', () => {
    expect(landingPath([{ customerNumber: '100042' }])).toBe('/c/100042');
  });

  it('shows the chooser for several customers or none', () => {
    expect(landingPath([{ customerNumber: '100042' }, { customerNumber: '100043' }])).toBe('/customers');
    expect(landingPath([])).toBe('/customers');
  });
});

describe('customerPath', () => {
  it('builds paths below the customer number', () => {
    expect(customerPath('100042')).toBe('/c/100042');
    expect(customerPath('100042', 'orders')).toBe('/c/100042/orders');
  });
});
