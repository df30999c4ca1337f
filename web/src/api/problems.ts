import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { dictionaries, isCalendarDay, type I18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { ApiError, NetworkError, type FieldProblem } from './client';

type Words = Pick<I18n, 't' | 'language'>;

function known(t: I18n['t'], key: string): string | undefined {
  return key in dictionaries.en ? t(key as MessageKey) : undefined;
}

/** An error in words a person can act on: the problem type's translation, else what the API said, else in general. */
export function problemText({ t }: Words, error: unknown): string {
  if (error instanceof NetworkError) return t('error.network');
  if (!(error instanceof ApiError)) return t('error.generic');
  const translated = error.type ? known(t, `problem.${error.type}`) : undefined;
  if (translated) return translated;
  if (error.status === 403) return t('problem.forbidden');
  if (error.status === 401) return t('problem.unauthenticated');
  if (error.status < 500 && error.detail) return error.detail;
  return t('error.generic');
}

/** The values a field problem's message is filled with, as the language writes them. */
function params({ language }: Words, problem: FieldProblem): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(problem.params ?? {})) {
    if (Array.isArray(value)) {
      values[name] = new Intl.ListFormat(language, { type: 'disjunction' }).format(value.map(String));
    } else if (name === 'country' && typeof value === 'string') {
      values[name] = new Intl.DisplayNames([language], { type: 'region' }).of(value) ?? value;
    } else if (typeof value === 'string' && isCalendarDay(value)) {
      values[name] = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }).format(
        new Date(value),
      );
    } else if (typeof value === 'number') {
      values[name] = value;
    } else {
      values[name] = String(value);
    }
  }
  return values;
}

/**
 * A form's own words for some of its fields' problems, by "field.code" ("cohorts.invalid"), where the code's general
 * words ("Not valid.") would not tell what to do.
 */
export type OwnWords = Partial<Record<string, MessageKey>>;

/** What is wrong with a field, by its code and parameters ("At most 120 characters."), else what the API said. */
export function fieldProblemText(words: Words, problem: FieldProblem, own: OwnWords = {}): string {
  const mine = own[`${fieldName(problem.field)}.${problem.code ?? 'invalid'}`];
  if (mine) return words.t(mine, params(words, problem));
  const key = `field.${problem.code ?? 'invalid'}`;
  const translated = problem.code && problem.code !== 'invalid' ? known(words.t, key) : undefined;
  if (translated) {
    return words.t(key as MessageKey, params(words, problem));
  }
  return problem.detail || words.t('field.invalid');
}

/** The form's name of a problem's field: "languages[0]" is the field "languages". */
export function fieldName(field: string): string {
  return field.replace(/\[\d+\]/g, '');
}

/**
 * Puts the API's field problems onto the form's fields (react-hook-form's setError), all at once, several for one field
 * joined (in the form's own words where it has some), and focus on the first. True when the error was about the form's
 * fields; else the caller shows it.
 */
export function applyFieldProblems<T extends FieldValues>(
  words: Words,
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
  own: OwnWords = {},
): boolean {
  if (!(error instanceof ApiError)) return false;
  const messages = new Map<Path<T>, string[]>();
  for (const problem of error.errors) {
    const name = fieldName(problem.field) as Path<T>;
    if (!fields.includes(name)) continue;
    messages.set(name, [...(messages.get(name) ?? []), fieldProblemText(words, problem, own)]);
  }
  // A refusal about one field without an errors[] member (e.g. a taken slug): the problem's words go next to it.
  if (messages.size === 0) {
    const field = problemField[error.type] as Path<T> | undefined;
    if (field && fields.includes(field)) messages.set(field, [problemText(words, error)]);
  }
  let first = true;
  for (const [name, texts] of messages) {
    setError(name, { type: 'server', message: [...new Set(texts)].join(' ') }, { shouldFocus: first });
    first = false;
  }
  return messages.size > 0;
}

/** Problem types that are about one field of the form that caused them. */
const problemField: Record<string, string> = {
  'slug-taken': 'slug',
  'network-slug-taken': 'slug',
  'official-code-taken': 'officialCode',
  'invitation-code-invalid': 'code',
  'seat-taken': 'seat',
  'already-seated': 'userId',
};
