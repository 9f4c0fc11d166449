/** The vendor's public website; external, so it opens in a new tab. */
export const VENDOR_WEBSITE = 'https://www.cloudhub.example/';

/** Product PDFs shipped with the SPA (apps/web/public/docs). */
export const PRODUCT_DOCUMENTS = [
  { key: 'datasheet', href: '/docs/cloudhub-edge-gateway-datasheet.pdf', size: '28 KB' },
  { key: 'quickStart', href: '/docs/cloudhub-portal-quick-start.pdf', size: '24 KB' },
] as const;
