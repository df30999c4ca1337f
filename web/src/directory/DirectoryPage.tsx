import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { Link, useSearchParams } from 'react-router-dom';
import { unwrap, useApi } from '../api/client';
import type { DirectoryCommune, Page } from '../api/types';
import { useI18n } from '../i18n';
import type { MessageKey } from '../i18n/en';
import { ErrorMessage } from '../ui/ErrorMessage';
import { Pager } from '../ui/Pager';
import { usePageTitle } from '../ui/usePageTitle';

const PAGE_SIZE = 20;
export const directoryCountries = ['BE', 'FR', 'LU', 'NL', 'DE'] as const;

interface Search {
  q: string;
  country: string;
}

/**
 * The public directory of active communes, signed in or not: search by name or postal code, filter by country, page
 * through. The search lives in the address, so that it can be shared and the back button keeps it.
 */
export function DirectoryPage() {
  const { t, plural, language } = useI18n();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const country = params.get('country') ?? '';
  const page = Number(params.get('page') ?? '0') || 0;
  usePageTitle(t('directory.title'));
  const form = useForm<Search>({ values: { q, country } });

  const communes = useQuery({
    queryKey: ['directory', { q, country, page }],
    queryFn: () =>
      unwrap<Page<DirectoryCommune>>(
        api.GET('/api/public/communes', {
          params: { query: { q: q || undefined, country: country || undefined, page, size: PAGE_SIZE } },
        }),
      ),
    placeholderData: keepPreviousData,
  });

  function go(next: Search & { page?: number }) {
    const search = new URLSearchParams();
    if (next.q.trim()) search.set('q', next.q.trim());
    if (next.country) search.set('country', next.country);
    if (next.page) search.set('page', String(next.page));
    setParams(search);
  }

  const countries = new Intl.DisplayNames([language], { type: 'region' });
  const data = communes.data;
  return (
    <section>
      <h1>{t('directory.title')}</h1>
      <p>{t('directory.lead')}</p>
      <form role="search" className="form search-form" onSubmit={form.handleSubmit((values) => go(values))}>
        <div className="field">
          <label htmlFor="directory-q">{t('directory.search')}</label>
          <input id="directory-q" type="search" autoComplete="off" {...form.register('q')} />
        </div>
        <div className="field">
          <label htmlFor="directory-country">{t('directory.country')}</label>
          <select id="directory-country" {...form.register('country')}>
            <option value="">{t('directory.allCountries')}</option>
            {directoryCountries.map((code) => (
              <option key={code} value={code}>
                {t(`country.${code}` as MessageKey)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button">
          {t('directory.submit')}
        </button>
      </form>
      {communes.error ? <ErrorMessage error={communes.error} /> : null}
      {!data && !communes.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <p role="status" aria-live="polite">
          {plural('directory.found', data.total)}
        </p>
      ) : null}
      {data && data.items.length === 0 ? <p className="empty">{t('directory.empty')}</p> : null}
      {data && data.items.length > 0 ? (
        <>
          <ul className="cards directory" aria-label={t('directory.caption')}>
            {data.items.map((commune) => (
              <li key={commune.slug} className="card">
                <h2>
                  <Link to={`/communes/${commune.slug}/about`}>{commune.name}</Link>
                </h2>
                <p>
                  {countries.of(commune.country) ?? commune.country}
                  {commune.postalCodes.length > 0 ? ` · ${commune.postalCodes.join(', ')}` : ''}
                </p>
                <p>{plural('inhabitants', commune.population)}</p>
                <p>
                  {t('common.labelValue', {
                    label: t('directory.joining'),
                    value: t(`joinPolicy.${commune.joinPolicy}` as MessageKey),
                  })}
                </p>
              </li>
            ))}
          </ul>
          {data.total > data.size ? (
            <Pager
              page={data.page}
              size={data.size}
              total={data.total}
              onPage={(next) => go({ q, country, page: next })}
            />
          ) : null}
        </>
      ) : null}
    </section>
  );
}
