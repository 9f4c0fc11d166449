import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import * as common from '@zxcvbn-ts/language-common';
import * as de from '@zxcvbn-ts/language-de';
import * as en from '@zxcvbn-ts/language-en';

/**
 * Passwords after NIST SP 800-63B-4: long, any characters, no composition rules, nothing truncated;
 * refused when they are known from breaches, easy to guess, or built from what an attacker knows
 * (the product, the company, the address). The API enforces it; the SPA shows the same verdict while
 * the password is typed.
 */
export const PASSWORD_MIN_LENGTH = 15;
export const PASSWORD_MAX_LENGTH = 256;
export const PRODUCT_NAMES = ['cloudhub'] as const;

export type PasswordProblem = 'too_short' | 'too_long' | 'breached' | 'contains_context' | 'easy_to_guess';

export interface PasswordContext {
  readonly email: string;
  readonly companyNames?: readonly string[];
  readonly name?: string;
}

export interface PasswordVerdict {
  readonly acceptable: boolean;
  /** The reasons in the order a person should read them; empty when acceptable. */
  readonly problems: PasswordProblem[];
  /** zxcvbn's 0 (guessable at once) to 4 (very strong), for a strength hint. */
  readonly score: 0 | 1 | 2 | 3 | 4;
  /** The known word the password is built on, for `contains_context`. */
  readonly contextWord?: string;
}

const MIN_SCORE = 3;
let estimator: ZxcvbnFactory | undefined;
let breached: ReadonlySet<string> | undefined;

function strength(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    dictionary: { ...common.dictionary, ...en.dictionary, ...de.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
  return estimator;
}

/** The passwords most often found in breaches (zxcvbn-ts' common list), compared case-insensitively. */
function isBreached(password: string): boolean {
  breached ??= new Set(common.dictionary['passwords-common'].map((entry) => entry.toLowerCase()));
  return breached.has(password.toLowerCase());
}

/** Lower-case letters and digits only, so "Acme Devices GmbH" and "acme-devices" compare alike. */
const fold = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

function contextWords(context: PasswordContext): string[] {
  const local = context.email.split('@')[0] ?? '';
  const words = [
    ...PRODUCT_NAMES,
    context.email,
    local,
    ...(context.companyNames ?? []).flatMap((company) => [company, company.split(/\s+/)[0] ?? '']),
  ];
  return [...new Set(words.map(fold))].filter((word) => word.length >= 4);
}

/** The API hashes passwords NFKC-normalized (NIST SP 800-63B-4), so length and words are judged on that form. */
export function checkPassword(typed: string, context: PasswordContext): PasswordVerdict {
  const password = typed.normalize('NFKC');
  const length = [...password].length;
  if (length > PASSWORD_MAX_LENGTH) return { acceptable: false, problems: ['too_long'], score: 0 };
  const problems: PasswordProblem[] = [];
  if (length < PASSWORD_MIN_LENGTH) problems.push('too_short');
  if (isBreached(password)) problems.push('breached');
  const folded = fold(password);
  const contextWord = contextWords(context).find((word) => folded.includes(word));
  if (contextWord) problems.push('contains_context');
  const userInputs = [...contextWords(context), ...(context.name ? [context.name] : [])];
  const { score } = strength().check(password, userInputs);
  if (score < MIN_SCORE && !problems.includes('breached')) problems.push('easy_to_guess');
  return { acceptable: problems.length === 0, problems, score, ...(contextWord ? { contextWord } : {}) };
}
