import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { dictionaries, format, languages, type I18n, type Language } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { ApiError, NetworkError } from './client';
import { applyFieldProblems, fieldName, fieldProblemText, problemText } from './problems';

/** The words of a language, as the app's I18n gives them. */
function words(language: Language): Pick<I18n, 't' | 'language'> {
  return { language, t: (key: MessageKey, values) => format(dictionaries[language][key] ?? key, values, language) };
}

/** Every Java source file under a folder. */
function javaFiles(folder: string): string[] {
  let found: string[] = [];
  for (const entry of readdirSync(folder)) {
    const path = join(folder, entry);
    if (statSync(path).isDirectory()) found = found.concat(javaFiles(path));
    else if (path.endsWith('.java')) found.push(path);
  }
  return found;
}

// The repository: the tests run in web/.
const root = join(process.cwd(), '..');
/** The services' and the platform's main Java sources: ../*\/src/main/java and ../platform/*\/src/main/java. */
function mainSources(): string[] {
  const modules = [
    ...readdirSync(root).map((name: string) => join(root, name)),
    ...readdirSync(join(root, 'platform')).map((name: string) => join(root, 'platform', name)),
  ];
  return modules
    .map((module) => join(module, 'src', 'main', 'java'))
    .filter((folder) => {
      try {
        return statSync(folder).isDirectory();
      } catch {
        return false;
      }
    })
    .flatMap(javaFiles);
}

describe('every problem the platform answers with', () => {
  const slugs = new Set<string>();
  for (const file of mainSources()) {
    for (const match of readFileSync(file, 'utf8').matchAll(/new ProblemType\(\s*"([a-z0-9-]+)"/g)) {
      slugs.add(match[1]);
    }
  }

  it('is found in the Java sources', () => {
    expect(slugs.size).toBeGreaterThan(20);
    expect(slugs).toContain('slug-taken');
  });

  it.each(languages)('has a translation in %s, by its type slug', (language) => {
    const missing = [...slugs].filter((slug) => !(`problem.${slug}` in dictionaries[language]));
    expect(missing).toEqual([]);
  });
});

describe('every field problem code', () => {
  const codes = new Set<string>();
  // As the API documents them (FieldProblem.code in each service's OpenAPI document) …
  for (const service of ['tenant-service', 'assembly-service', 'plan-service']) {
    const document = JSON.parse(readFileSync(join(root, 'docs', 'api', `${service}.openapi.json`), 'utf8'));
    for (const code of document.components?.schemas?.FieldProblem?.properties?.code?.enum ?? []) codes.add(code);
  }
  // … and as the platform declares them in Java (an enum of codes: SOME_CODE("some-code")).
  for (const file of mainSources().filter((path) => /Field(Problem|Code)\w*\.java$/.test(path))) {
    for (const match of readFileSync(file, 'utf8').matchAll(/^\s*[A-Z_]+\("([a-z-]+)"/gm)) codes.add(match[1]);
  }

  it('is found', () => {
    expect(codes).toContain('required');
  });

  it.each(languages)('has a translation in %s', (language) => {
    const missing = [...codes].filter((code) => !(`field.${code}` in dictionaries[language]));
    expect(missing).toEqual([]);
  });
});

describe('problemText', () => {
  it('translates a problem by its type slug', () => {
    const error = new ApiError(409, 'slug-taken', 'Slug taken', 'uccle is taken');
    expect(problemText(words('en'), error)).toBe('This web address is already taken.');
    expect(problemText(words('fr'), error)).toBe('Cette adresse web est déjà prise.');
  });

  it('falls back on the API’s detail for a type the app does not know yet, and on words of its own else', () => {
    expect(problemText(words('en'), new ApiError(400, 'brand-new', 'New', 'Something new'))).toBe('Something new');
    expect(problemText(words('en'), new ApiError(502, '', 'Bad Gateway', ''))).toBe(
      'Something went wrong. Please try again.',
    );
    expect(problemText(words('en'), new NetworkError('down'))).toBe(
      'The platform cannot be reached. Check your connection and try again.',
    );
  });
});

describe('fieldProblemText', () => {
  it('says what is wrong by the code, filled with its parameters in the language', () => {
    const en = words('en');
    expect(fieldProblemText(en, { field: 'name', detail: 'x', code: 'too-long', params: { max: 120 } })).toBe(
      'At most 120 characters.',
    );
    expect(
      fieldProblemText(words('de'), {
        field: 'languages',
        detail: 'x',
        code: 'one-of',
        params: { allowed: ['fr', 'nl'] },
      }),
    ).toBe('Einer der Werte: fr oder nl.');
    expect(
      fieldProblemText(words('fr'), {
        field: 'code',
        detail: 'x',
        code: 'official-code-format',
        params: { country: 'FR' },
      }),
    ).toBe('Ce n’est pas un code officiel valable pour le pays\u202f: France.');
  });

  it('writes a day of the API as the language does', () => {
    const problem = { field: 'startsOn', detail: 'x', code: 'too-small', params: { min: '2025-09-01' } };
    expect(fieldProblemText(words('en'), problem)).toBe('At least Sep 1, 2025.');
    expect(fieldProblemText(words('fr'), problem)).toBe('Au moins 1 sept. 2025.');
  });

  it('takes a form’s own words for a field’s code before the code’s general ones', () => {
    const own = { 'startsOn.too-small': 'seat.startsTooEarly' } as const;
    const problem = { field: 'startsOn', detail: 'x', code: 'too-small', params: { min: '2025-09-01' } };
    expect(fieldProblemText(words('en'), problem, own)).toBe('On or after the first sitting, Sep 1, 2025.');
    expect(fieldProblemText(words('en'), { ...problem, field: 'seat', params: { min: 1 } }, own)).toBe('At least 1.');
  });

  it('shows the detail for "invalid" and for codes the app does not know', () => {
    expect(fieldProblemText(words('en'), { field: 'x', detail: 'must be odd', code: 'invalid' })).toBe('must be odd');
    expect(fieldProblemText(words('en'), { field: 'x', detail: 'must be even', code: 'brand-new' })).toBe(
      'must be even',
    );
  });
});

describe('applyFieldProblems', () => {
  it('puts every field problem on its field at once, joined for one field, focusing the first', () => {
    const setError = vi.fn();
    const error = new ApiError(400, 'invalid-request', 'Invalid', 'x', [
      { field: 'name', detail: 'x', code: 'required' },
      { field: 'languages[1]', detail: 'x', code: 'one-of', params: { allowed: ['fr'] } },
      { field: 'languages[2]', detail: 'x', code: 'duplicate' },
    ]);

    expect(applyFieldProblems(words('en'), error, setError, ['name', 'languages'])).toBe(true);
    expect(setError).toHaveBeenCalledWith('name', { type: 'server', message: 'Required.' }, { shouldFocus: true });
    expect(setError).toHaveBeenCalledWith(
      'languages',
      { type: 'server', message: 'One of: fr. Given more than once.' },
      { shouldFocus: false },
    );
  });

  it('puts a problem about one field on it, and leaves any other to the caller', () => {
    const setError = vi.fn();
    expect(applyFieldProblems(words('en'), new ApiError(409, 'slug-taken', 't', 'd'), setError, ['slug'])).toBe(true);
    expect(setError).toHaveBeenCalledWith(
      'slug',
      { type: 'server', message: 'This web address is already taken.' },
      { shouldFocus: true },
    );
    expect(applyFieldProblems(words('en'), new ApiError(423, 'commune-read-only', 't', 'd'), vi.fn(), ['slug'])).toBe(
      false,
    );
    expect(applyFieldProblems(words('en'), new NetworkError('down'), vi.fn(), ['slug'])).toBe(false);
  });

  it('knows an indexed field by its list', () => {
    expect(fieldName('languages[0]')).toBe('languages');
    expect(fieldName('postalCodes[3]')).toBe('postalCodes');
  });
});
