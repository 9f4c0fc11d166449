/**
 * The limits of every value a client sends, in one place: the API's DTOs validate and document them
 * (OpenAPI `maxLength`, `maxItems`, `maximum`), and the SPA's forms check them before a round trip.
 * Lengths count UTF-16 code units, as `String.length` and class-validator's `MaxLength` do.
 */

/** A person's display name (account, registration). */
export const NAME_MAX = 100;

/** An e-mail address (RFC 5321: 254 characters in a forward path). */
export const EMAIL_MAX = 254;

/** A role's name, unique per customer. */
export const ROLE_NAME_MAX = 60;

/** The optional message of an access request. */
export const MESSAGE_MAX = 1000;

/** A feedback message. */
export const FEEDBACK_MAX = 4000;

/** A customer's company name (set by the operator's setup). */
export const COMPANY_NAME_MAX = 120;

/** A customer number: digits only. */
export const CUSTOMER_NUMBER_MAX = 20;
export const CUSTOMER_NUMBER_PATTERN = '^[0-9]{1,20}$';

/** A password typed at login (the registration policy has its own, stricter rules). */
export const LOGIN_PASSWORD_MAX = 1024;

/** An invitation link's token, as it travels in request bodies. */
export const INVITATION_TOKEN_MAX = 200;

/** The search text `q` of a list. */
export const SEARCH_MAX = 254;

/** The opaque `cursor` of a keyset-paged list: room for the longest sort key (a name of NAME_MAX characters of up to
 * four bytes each, or an e-mail address), base64url-encoded. */
export const CURSOR_MAX = 1000;

/** Items per page of a keyset-paged list: `limit` defaults to this and may go up to PAGE_LIMIT_MAX. */
export const PAGE_LIMIT_DEFAULT = 50;
export const PAGE_LIMIT_MAX = 200;

/** Roles given in one request (an invitation, a member's roles). */
export const ROLE_IDS_MAX = 100;

/** Rows of one batch invitation: a team, a department, a CSV export of one. */
export const BATCH_ROWS_MAX = 500;

/** The raw address text of a batch row, before it is checked (an invalid one is a row outcome). */
export const BATCH_EMAIL_MAX = 320;

/** An id: a UUID in its 36-character text form. */
export const UUID_LENGTH = 36;
