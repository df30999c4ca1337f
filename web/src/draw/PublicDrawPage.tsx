import { useParams } from 'react-router-dom';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { usePageTitle } from '../ui/usePageTitle';
import { usePercent } from './DrawPage';
import { recordUrl, usePublicDraw, usePublicReplacements } from './queries';
import { Replacements } from './SeatingPanel';

/**
 * A completed draw's public audit, signed out: the seed and where it was announced, the algorithm, the pool's hash,
 * the register's hash and counts when the letters were drawn from one, the quotas with the seats taken and each
 * group's selection probability, the panel and reserves by pseudonym, the replacements of members who withdrew, and
 * the record with the command that re-runs it on any machine.
 */
export function PublicDrawPage() {
  const { slug = '', draw = '' } = useParams();
  const { t, word, dateTime } = useI18n();
  const percent = usePercent();
  const audit = usePublicDraw(slug, draw);
  const replacements = usePublicReplacements(slug, draw);
  usePageTitle(audit.data?.title ?? t('drawAudit.title'));
  const data = audit.data;
  return (
    <section aria-labelledby="audit-heading">
      <h1 id="audit-heading">{data ? t('drawAudit.heading', { title: data.title }) : t('drawAudit.title')}</h1>
      {audit.error ? <ErrorMessage error={audit.error} /> : null}
      {data ? (
        <>
          <p className="lead">{t('drawAudit.lead')}</p>
          <dl className="facts">
            <dt>{t('newDraw.seed')}</dt>
            <dd>
              <code>{data.seed}</code>
            </dd>
            <dt>{t('newDraw.seedSource')}</dt>
            <dd>{data.seedSource}</dd>
            <dt>{t('draws.algorithm')}</dt>
            <dd>
              {word('drawAlgorithm', data.algorithm)} ({t('drawAudit.version', { version: data.algorithmVersion })})
            </dd>
            <dt>{t('drawAudit.pool')}</dt>
            <dd>{t('drawAudit.poolSize', { count: data.poolSize })}</dd>
            <dt>{t('drawAudit.poolHash')}</dt>
            <dd>
              <code className="hash">{data.poolHash}</code>
            </dd>
            {data.register ? (
              <>
                <dt>{t('drawAudit.register')}</dt>
                <dd>
                  {t('drawAudit.registerCounts', {
                    households: data.register.households,
                    letters: data.register.districts.reduce((sum, row) => sum + row.letters, 0),
                  })}{' '}
                  {data.register.lettersByDistrict ? t('drawAudit.registerByDistrict') : null}
                </dd>
                <dt>{t('drawAudit.registerHash')}</dt>
                <dd>
                  <code className="hash">{data.register.sha256}</code>
                </dd>
              </>
            ) : null}
            <dt>{t('drawAudit.chances')}</dt>
            <dd>{t('drawAudit.extremes', { min: percent(data.minimum), max: percent(data.maximum) })}</dd>
            {data.finishedAt ? (
              <>
                <dt>{t('drawAudit.drawnAt')}</dt>
                <dd>
                  <time dateTime={data.finishedAt}>{dateTime(data.finishedAt)}</time>
                </dd>
              </>
            ) : null}
          </dl>
          <table className="table">
            <caption>{t('drawAudit.quotaTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('drawQuotas.feature')}</th>
                <th scope="col">{t('drawQuotas.value')}</th>
                <th scope="col">{t('drawQuotas.min')}</th>
                <th scope="col">{t('drawQuotas.max')}</th>
                <th scope="col">{t('drawResult.seats')}</th>
                <th scope="col">{t('drawAudit.chance')}</th>
              </tr>
            </thead>
            <tbody>
              {data.quotas.map((row) => (
                <tr key={`${row.feature}=${row.value}`}>
                  <th scope="row">{row.feature}</th>
                  <td>{row.value}</td>
                  <td className="number">{row.min}</td>
                  <td className="number">{row.max}</td>
                  <td className="number">{row.seats}</td>
                  <td>{percent(row.probability)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h2>{t('drawAudit.selected', { count: data.selected.length })}</h2>
          <p className="pseudonyms">
            {data.selected.map((pseudonym) => (
              <code key={pseudonym}>{pseudonym}</code>
            ))}
          </p>
          <h2>{t('drawResult.reserves')}</h2>
          <ol className="pseudonyms">
            {data.reserves.map((pseudonym) => (
              <li key={pseudonym}>
                <code>{pseudonym}</code>
              </li>
            ))}
          </ol>
          {replacements.data && replacements.data.length > 0 ? <Replacements replacements={replacements.data} /> : null}
          <h2>{t('drawAudit.checkTitle')}</h2>
          <p>{t('drawAudit.checkLead')}</p>
          <p>
            <a className="button" href={recordUrl(slug, draw)} download>
              {t('drawResult.record')}
            </a>
          </p>
          <pre className="command">
            {'java -cp assembly-service-exec.jar -Dloader.main=org.civiclimate.assembly.draws.ReplayDrawCommand \\\n' +
              '  org.springframework.boot.loader.launch.PropertiesLauncher record.json'}
          </pre>
        </>
      ) : null}
    </section>
  );
}
