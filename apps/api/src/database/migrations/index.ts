import { InitialSchema1764057600000 } from './1764057600000-initial-schema';

/** Every migration in order; listed explicitly so the bundle and the tests need no file globbing. */
export const MIGRATIONS = [InitialSchema1764057600000];
