import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client';
import { fieldProblemText, problemText } from '../api/problems';
import { assemblyPath, useAssembly } from '../assembly/queries';
import { useReadOnly } from '../commune/queries';
import { useI18n } from '../i18n';
import { ConfirmDialog } from '../ui/ConfirmDialog';
import { ProblemList } from '../ui/ProblemList';
import { ErrorMessage } from '../ui/ErrorMessage';
import { ReadOnlyNotice } from '../ui/ReadOnlyNotice';
import { usePageTitle } from '../ui/usePageTitle';
import {
  poolUrl,
  publicDrawPath,
  recordUrl,
  useCancelDraw,
  useDraw,
  useDrawResult,
  useQuotasFromShares,
  useRunDraw,
  useSetQuotas,
} from './queries';
import { InvitationsPanel } from './InvitationsPanel';
import { PoolTable } from './PoolTable';
import { RegisterPanel } from './RegisterPanel';
import { SeatingPanel } from './SeatingPanel';
import { CsvUploadField, useCsvUpload } from './CsvUpload';
import { isEditable, isRunning, type Draw, type DrawResult, type Quota } from './types';

/** A share in percent, one decimal: 0.0909 → "9.1 %" in the reader's language. */
export function usePercent() {
  const { language } = useI18n();
  const format = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return (share: number) => format.format(share);
}

/**
 * A draw for its staff: its settings; the quotas (typed, or computed from census shares); the pool, imported as CSV;
 * the run, with live progress and cancellation; then the panel, the reserves, the quota table and each group's
 * selection probability under the draw's algorithm against legacy, and the way to its public audit.
 */
export function DrawPage() {
  const { slug = '', assembly = '', draw: id = '' } = useParams();
  const { t, word } = useI18n();
  const draw = useDraw(slug, assembly, id);
  const parent = useAssembly(slug, assembly);
  const readOnly = useReadOnly(slug);
  usePageTitle(draw.data?.title ?? t('draws.title'));
  const data = draw.data;
  return (
    <section aria-labelledby="draw-heading">
      <p>
        <Link to={assemblyPath(slug, assembly)}>{parent.data?.name ?? t('draws.backToAssembly')}</Link>
      </p>
      <h1 id="draw-heading">{data?.title ?? t('draws.title')}</h1>
      <ReadOnlyNotice readOnly={readOnly} />
      {draw.error ? <ErrorMessage error={draw.error} /> : null}
      {data ? (
        <>
          <dl className="facts">
            <dt>{t('draws.status')}</dt>
            <dd>{word('drawStatus', data.status)}</dd>
            <dt>{t('draws.panel')}</dt>
            <dd>{t('draws.panelAndReserves', { panel: data.panelSize, reserves: data.reserveCount })}</dd>
            <dt>{t('draws.algorithm')}</dt>
            <dd>{word('drawAlgorithm', data.algorithm)}</dd>
            <dt>{t('newDraw.seed')}</dt>
            <dd>
              <code>{data.seed}</code> ({data.seedSource})
            </dd>
          </dl>
          <QuotasEditor slug={slug} draw={data} readOnly={readOnly || !isEditable(data.status)} />
          <RegisterPanel slug={slug} draw={data} readOnly={readOnly} />
          <InvitationsPanel slug={slug} draw={data} readOnly={readOnly} />
          <PoolUpload
            slug={slug}
            draw={data}
            readOnly={readOnly || !isEditable(data.status) || data.signUps > 0}
            editable={!readOnly && isEditable(data.status)}
          />
          <RunPanel slug={slug} draw={data} readOnly={readOnly} />
          {data.status === 'COMPLETED' ? (
            <>
              <SeatingPanel slug={slug} draw={data} readOnly={readOnly} />
              <Result slug={slug} draw={data} />
            </>
          ) : null}
        </>
      ) : null}
    </section>
  );
}

/**
 * A census line's cells, "feature, value, share": separated by semicolons or tabs if it has any (then "50,5" is a
 * share with a decimal comma), else by commas, a fourth cell of digits being the share's decimals ("gender, female,
 * 50,5").
 */
function cellsOf(line: string): string[] {
  const cells = (/[;\t]/.test(line) ? line.split(/[;\t]/) : line.split(',')).map((cell) => cell.trim());
  if (cells.length === 4 && /^\d+$/.test(cells[2]) && /^\d+%?$/.test(cells[3])) {
    return [cells[0], cells[1], `${cells[2]}.${cells[3]}`];
  }
  return cells;
}

interface QuotaDraft {
  feature: string;
  value: string;
  min: string;
  max: string;
}

/** The editable cells of a quota's row, in order. */
const cells = [
  { key: 'feature', label: 'drawQuotas.featureOf', numeric: false },
  { key: 'value', label: 'drawQuotas.valueOf', numeric: false },
  { key: 'min', label: 'drawQuotas.minOf', numeric: true },
  { key: 'max', label: 'drawQuotas.maxOf', numeric: true },
] as const;

const toDraft = (quota: Quota): QuotaDraft => ({
  feature: quota.feature,
  value: quota.value,
  min: String(quota.min),
  max: String(quota.max),
});

function QuotasEditor({ slug, draw, readOnly }: { slug: string; draw: Draw; readOnly: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const save = useSetQuotas(slug, draw.assemblyId, draw.id);
  const fromShares = useQuotasFromShares(slug, draw.assemblyId);
  const [rows, setRows] = useState<QuotaDraft[]>(() =>
    draw.quotas.length > 0 ? draw.quotas.map(toDraft) : [{ feature: '', value: '', min: '0', max: '0' }],
  );
  const [problems, setProblems] = useState<string[]>([]);
  const [status, setStatus] = useState('');
  const [shares, setShares] = useState('');
  const change = (index: number, key: keyof QuotaDraft, text: string) =>
    setRows(rows.map((row, i) => (i === index ? { ...row, [key]: text } : row)));

  const submit = async () => {
    setProblems([]);
    setStatus('');
    try {
      const saved = await save.mutateAsync(
        rows.map((row) => ({
          feature: row.feature.trim(),
          value: row.value.trim(),
          min: Number(row.min),
          max: Number(row.max),
        })),
      );
      setRows(saved.quotas.map(toDraft));
      setStatus(t('drawQuotas.saved', { count: saved.quotas.length }));
    } catch (e) {
      setProblems(
        e instanceof ApiError && e.errors.length > 0
          ? e.errors.map((p) => `${p.field}: ${fieldProblemText(i18n, p)}`)
          : [problemText(i18n, e)],
      );
    }
  };

  /** Census shares typed one per line, "feature, value, share", turned into quotas to review. */
  const compute = async () => {
    setProblems([]);
    const parsed = shares
      .split('\n')
      .map(cellsOf)
      .filter((cells) => cells.length === 3 && cells[0] !== '')
      .map(([feature, value, share]) => ({ feature, value, share: Number(share.replace('%', '').replace(',', '.')) }));
    if (parsed.length === 0 || parsed.some((share) => Number.isNaN(share.share))) {
      setProblems([t('drawQuotas.sharesFormat')]);
      return;
    }
    try {
      const quotas = await fromShares.mutateAsync({ panelSize: draw.panelSize, shares: parsed });
      setRows(quotas.map(toDraft));
      setStatus(t('drawQuotas.computed'));
    } catch (e) {
      setProblems([problemText(i18n, e)]);
    }
  };

  return (
    <section className="panel" aria-labelledby="quotas-heading">
      <h2 id="quotas-heading">{t('drawQuotas.title')}</h2>
      <p>{t('drawQuotas.lead', { panel: draw.panelSize })}</p>
      {problems.length > 0 ? (
        <ul className="error" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
      <p className="success" role="status">
        {status}
      </p>
      <fieldset className="plain" disabled={readOnly}>
        <table className="table">
          <caption>{t('drawQuotas.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('drawQuotas.feature')}</th>
              <th scope="col">{t('drawQuotas.value')}</th>
              <th scope="col">{t('drawQuotas.min')}</th>
              <th scope="col">{t('drawQuotas.max')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('drawQuotas.remove')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                {cells.map(({ key, label, numeric }) => (
                  <td key={key}>
                    <input
                      aria-label={t(label, { row: index + 1 })}
                      value={row[key]}
                      {...(numeric ? { type: 'number', min: 0 } : { maxLength: 100 })}
                      onChange={(e) => change(index, key, e.target.value)}
                    />
                  </td>
                ))}
                <td>
                  <button
                    type="button"
                    className="button secondary"
                    onClick={() => setRows(rows.filter((_, i) => i !== index))}
                  >
                    {t('drawQuotas.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="actions">
          <button
            type="button"
            className="button secondary"
            onClick={() => setRows([...rows, { feature: rows.at(-1)?.feature ?? '', value: '', min: '0', max: '0' }])}
          >
            {t('drawQuotas.add')}
          </button>
          <button type="button" className="button" disabled={save.isPending} onClick={() => void submit()}>
            {t('drawQuotas.save')}
          </button>
        </p>
        <details>
          <summary>{t('drawQuotas.sharesTitle')}</summary>
          <label htmlFor="quota-shares">{t('drawQuotas.sharesLabel')}</label>
          <p className="hint">{t('drawQuotas.sharesHint')}</p>
          <textarea id="quota-shares" rows={5} value={shares} onChange={(e) => setShares(e.target.value)} />
          <p>
            <button type="button" className="button secondary" onClick={() => void compute()}>
              {t('drawQuotas.compute')}
            </button>
          </p>
        </details>
      </fieldset>
    </section>
  );
}

/** The pool: imported as a file (not once volunteers signed up by letter), and its volunteers, who may be taken out. */
function PoolUpload({
  slug,
  draw,
  readOnly,
  editable,
}: {
  slug: string;
  draw: Draw;
  /** No import: the draw ran, the commune is read-only, or volunteers signed up. */
  readOnly: boolean;
  /** Volunteers may be taken out: the draw is in preparation and the commune writable. */
  editable: boolean;
}) {
  const { t, plural } = useI18n();
  const upload = useCsvUpload(slug, draw, poolUrl(slug, draw.assemblyId, draw.id), (saved) =>
    plural('drawPool.imported', saved.volunteers),
  );

  return (
    <section className="panel" aria-labelledby="pool-heading">
      <h2 id="pool-heading">{t('drawPool.title')}</h2>
      <p>{plural('drawPool.count', draw.volunteers)}</p>
      <p>{t('drawPool.lead')}</p>
      <CsvUploadField
        upload={upload}
        id="pool-file"
        label={t('drawPool.file')}
        button={t('drawPool.import')}
        disabled={readOnly || draw.quotas.length === 0}
      />
      {draw.signUps > 0 && editable ? <p className="hint">{t('drawPool.signedUpNoImport')}</p> : null}
      <PoolTable slug={slug} draw={draw} editable={editable} />
    </section>
  );
}

function RunPanel({ slug, draw, readOnly }: { slug: string; draw: Draw; readOnly: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const percent = usePercent();
  const run = useRunDraw(slug, draw.assemblyId, draw.id);
  const cancel = useCancelDraw(slug, draw.assemblyId, draw.id);
  const [confirming, setConfirming] = useState(false);
  const [refusal, setRefusal] = useState<unknown>();
  const running = isRunning(draw.status);

  const start = async () => {
    setRefusal(undefined);
    run.reset();
    try {
      await run.mutateAsync(undefined);
    } catch (e) {
      setRefusal(e);
    } finally {
      setConfirming(false);
    }
  };
  const infeasible = refusal instanceof ApiError && refusal.type === 'quotas-infeasible';

  return (
    <section className="panel" aria-labelledby="run-heading">
      <h2 id="run-heading">{t('drawRun.title')}</h2>
      {draw.status === 'FAILED' && draw.failure ? (
        <p className="error" role="alert">
          {t('drawRun.failed', { reason: draw.failure })}
        </p>
      ) : null}
      {running ? (
        <>
          <p role="status">{t('drawRun.progress', { stage: draw.stage ?? '…', done: percent(draw.progress) })}</p>
          <progress max={1} value={draw.progress} aria-label={t('drawRun.progressLabel')} />
          <p>
            <button
              type="button"
              className="button secondary"
              disabled={readOnly || cancel.isPending}
              onClick={() => {
                setRefusal(undefined);
                cancel.mutateAsync(undefined).catch(setRefusal);
              }}
            >
              {t('drawRun.cancel')}
            </button>
          </p>
        </>
      ) : null}
      {draw.status === 'COMPLETED' && draw.finishedAt ? (
        <p>{t('drawRun.drawnAt', { date: i18n.dateTime(draw.finishedAt) })}</p>
      ) : null}
      {isEditable(draw.status) ? (
        <>
          <p>{t('drawRun.lead')}</p>
          <p>
            <button
              type="button"
              className="button"
              disabled={readOnly || draw.volunteers === 0}
              onClick={() => setConfirming(true)}
            >
              {t('drawRun.start')}
            </button>
          </p>
        </>
      ) : null}
      {infeasible ? (
        <div className="error" role="alert">
          <p>{t('drawRun.infeasible')}</p>
          <ul>
            {(refusal as ApiError).errors.map((problem) => (
              <li key={problem.field}>{problem.detail}</li>
            ))}
          </ul>
        </div>
      ) : refusal ? (
        <ProblemList error={refusal} />
      ) : null}
      {confirming ? (
        <ConfirmDialog
          title={t('drawRun.confirmTitle')}
          busy={run.isPending}
          onConfirm={() => void start()}
          onCancel={() => setConfirming(false)}
        >
          <p>{t('drawRun.confirmExplain')}</p>
        </ConfirmDialog>
      ) : null}
    </section>
  );
}

function Result({ slug, draw }: { slug: string; draw: Draw }) {
  const { t, word, number } = useI18n();
  const percent = usePercent();
  const result = useDrawResult(slug, draw.assemblyId, draw.id, true);
  if (result.error) return <ErrorMessage error={result.error} />;
  if (!result.data) return <p role="status">{t('common.loading')}</p>;
  const data: DrawResult = result.data;
  const features = Object.keys(data.selected[0]?.features ?? {});
  return (
    <>
      <section className="panel" aria-labelledby="result-heading">
        <h2 id="result-heading">{t('drawResult.title')}</h2>
        <p>
          <Link to={publicDrawPath(slug, draw.id)}>{t('drawResult.publicLink')}</Link> ·{' '}
          <a href={recordUrl(slug, draw.id)} download>
            {t('drawResult.record')}
          </a>
        </p>
        <table className="table">
          <caption>{t('drawResult.selected', { count: data.selected.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('drawResult.pseudonym')}</th>
              <th scope="col">{t('drawResult.name')}</th>
              <th scope="col">{t('drawResult.email')}</th>
              {features.map((feature) => (
                <th scope="col" key={feature}>
                  {feature}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.selected.map((person) => (
              <tr key={person.pseudonym}>
                <th scope="row">
                  <code>{person.pseudonym}</code>
                </th>
                <td>{person.name ?? ''}</td>
                <td>{person.email ?? ''}</td>
                {features.map((feature) => (
                  <td key={feature}>{person.features[feature]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
        <h3>{t('drawResult.reserves')}</h3>
        {data.reserves.length === 0 ? (
          <p className="empty">{t('drawResult.noReserves')}</p>
        ) : (
          <ol>
            {data.reserves.map((person) => (
              <li key={person.pseudonym}>
                <code>{person.pseudonym}</code> {person.name ?? ''} {Object.values(person.features).join(', ')}
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="panel" aria-labelledby="fairness-heading">
        <h2 id="fairness-heading">{t('drawResult.fairness')}</h2>
        <p>
          {t('drawResult.extremes', {
            algorithm: word('drawAlgorithm', data.algorithm),
            min: percent(data.minimum),
            max: percent(data.maximum),
          })}
        </p>
        {data.legacyMinimum != null ? (
          <p>
            {t('drawResult.legacyExtremes', {
              runs: number(data.legacyRuns),
              min: percent(data.legacyMinimum),
              max: percent(data.legacyMaximum ?? 0),
            })}
          </p>
        ) : null}
        <table className="table">
          <caption>{t('drawResult.quotaTable')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('drawQuotas.feature')}</th>
              <th scope="col">{t('drawQuotas.value')}</th>
              <th scope="col">{t('drawQuotas.min')}</th>
              <th scope="col">{t('drawQuotas.max')}</th>
              <th scope="col">{t('drawResult.inPool')}</th>
              <th scope="col">{t('drawResult.seats')}</th>
              <th scope="col">{t('drawResult.reservesTaken')}</th>
              <th scope="col">{t('drawResult.chance', { algorithm: word('drawAlgorithm', data.algorithm) })}</th>
              <th scope="col">{t('drawResult.chanceLegacy')}</th>
            </tr>
          </thead>
          <tbody>
            {data.quotas.map((row) => (
              <tr key={`${row.feature}=${row.value}`}>
                <th scope="row">{row.feature}</th>
                <td>{row.value}</td>
                <td className="number">{row.min}</td>
                <td className="number">{row.max}</td>
                <td className="number">{row.pool}</td>
                <td className="number">{row.seats}</td>
                <td className="number">{row.reserves}</td>
                <Chances probability={row.probability} legacy={row.legacyProbability} />
              </tr>
            ))}
          </tbody>
        </table>
        {data.profiles.length > 0 ? <Profiles data={data} /> : null}
        <h3>{t('drawResult.dropoutTitle')}</h3>
        <ul>
          {data.dropout.map((check) => (
            <li key={check.dropoutRate}>
              {t('drawResult.dropout', {
                rate: percent(check.dropoutRate),
                kept: percent(check.keptShare),
                outside: check.meanSeatsOutside.toFixed(2),
              })}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** A chance under the draw's algorithm and under legacy, each as a bar beside its figure. */
function Chances({ probability, legacy }: { probability: number; legacy?: number | null }) {
  const percent = usePercent();
  return (
    <>
      <td>
        <span className="bar" style={{ width: `${Math.min(100, probability * 100)}%` }} aria-hidden />
        {percent(probability)}
      </td>
      <td>
        {legacy != null ? (
          <>
            <span className="bar legacy" style={{ width: `${Math.min(100, legacy * 100)}%` }} aria-hidden />
            {percent(legacy)}
          </>
        ) : (
          '–'
        )}
      </td>
    </>
  );
}

/** Each volunteer's chance of being drawn, by profile, under the draw's algorithm and legacy side by side. */
function Profiles({ data }: { data: DrawResult }) {
  const { t, word } = useI18n();
  const features = Object.keys(data.profiles[0]?.values ?? {});
  return (
    <table className="table">
      <caption>{t('drawResult.profilesTable')}</caption>
      <thead>
        <tr>
          {features.map((feature) => (
            <th scope="col" key={feature}>
              {feature}
            </th>
          ))}
          <th scope="col">{t('drawResult.profileVolunteers')}</th>
          <th scope="col">{t('drawResult.chance', { algorithm: word('drawAlgorithm', data.algorithm) })}</th>
          <th scope="col">{t('drawResult.chanceLegacy')}</th>
        </tr>
      </thead>
      <tbody>
        {data.profiles.map((profile) => (
          <tr key={features.map((feature) => profile.values[feature]).join('|')}>
            {features.map((feature, index) =>
              index === 0 ? (
                <th scope="row" key={feature}>
                  {profile.values[feature]}
                </th>
              ) : (
                <td key={feature}>{profile.values[feature]}</td>
              ),
            )}
            <td className="number">{profile.volunteers}</td>
            <Chances probability={profile.probability} legacy={profile.legacyProbability} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
