import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { applyFieldProblems } from '../api/problems';
import { useI18n } from '../i18n';
import { ErrorMessage } from '../ui/ErrorMessage';
import { errorOf, Field, TextField } from '../ui/Field';
import { FormProblem } from '../ui/FormProblem';
import { useChangeVotingRule, useVotingRule } from './recommendationQueries';
import { adoptionThresholds, secrecies, type AdoptionThreshold, type Secrecy, type VotingRule } from './types';

interface RuleDraft {
  secrecy: Secrecy;
  quorumPercent: string;
  threshold: AdoptionThreshold;
  responseMonths: string;
}

const fields = ['secrecy', 'quorumPercent', 'threshold', 'responseMonths'] as const;

/** How the assembly votes, for everyone; its staff change it (votes already open keep the rule they opened with). */
export function VotingRulePanel({
  slug,
  assembly,
  staff,
  readOnly,
}: {
  slug: string;
  assembly: string;
  staff: boolean;
  readOnly: boolean;
}) {
  const { t, word, plural } = useI18n();
  const rule = useVotingRule(slug, assembly);
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState('');
  const data = rule.data;
  return (
    <section aria-labelledby="voting-rule-heading">
      <h2 id="voting-rule-heading">{t('votingRule.title')}</h2>
      {rule.error ? <ErrorMessage error={rule.error} /> : null}
      {!data && !rule.error ? <p role="status">{t('common.loading')}</p> : null}
      {data ? (
        <dl className="facts">
          <dt>{t('votingRule.secrecy')}</dt>
          <dd>{word('secrecy', data.secrecy)}</dd>
          <dt>{t('votingRule.quorum')}</dt>
          <dd>{t('votingRule.quorumText', { percent: data.quorumPercent })}</dd>
          <dt>{t('votingRule.threshold')}</dt>
          <dd>{word('threshold', data.threshold)}</dd>
          <dt>{t('votingRule.responseTime')}</dt>
          <dd>{plural('assemblies.months', data.responseMonths)}</dd>
        </dl>
      ) : null}
      <p className="success" role="status">
        {message}
      </p>
      {staff && data ? (
        editing ? (
          <RuleForm
            slug={slug}
            assembly={assembly}
            rule={data}
            readOnly={readOnly}
            onDone={() => {
              setEditing(false);
              setMessage(t('votingRule.saved'));
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <p>
            <button
              type="button"
              className="button secondary"
              disabled={readOnly}
              onClick={() => {
                setMessage('');
                setEditing(true);
              }}
            >
              {t('votingRule.change')}
            </button>
          </p>
        )
      ) : null}
    </section>
  );
}

function RuleForm({
  slug,
  assembly,
  rule,
  readOnly,
  onDone,
  onCancel,
}: {
  slug: string;
  assembly: string;
  rule: VotingRule;
  readOnly: boolean;
  onDone: () => void;
  onCancel: () => void;
}) {
  const i18n = useI18n();
  const { t, word } = i18n;
  const change = useChangeVotingRule(slug, assembly);
  const [failure, setFailure] = useState<unknown>();
  const form = useForm<RuleDraft>({
    defaultValues: {
      secrecy: rule.secrecy,
      quorumPercent: String(rule.quorumPercent),
      threshold: rule.threshold,
      responseMonths: String(rule.responseMonths),
    },
  });
  const errors = form.formState.errors;
  const between = (min: number, max: number) => (value: string) => {
    const n = Number(value);
    if (value.trim() === '') return t('field.required');
    if (!Number.isInteger(n) || n < min) return t('field.too-small', { min });
    return n <= max || t('field.too-large', { max });
  };

  const submit = form.handleSubmit(async (draft) => {
    setFailure(undefined);
    try {
      await change.mutateAsync({
        secrecy: draft.secrecy,
        quorumPercent: Number(draft.quorumPercent),
        threshold: draft.threshold,
        responseMonths: Number(draft.responseMonths),
      });
      onDone();
    } catch (e) {
      if (!applyFieldProblems(i18n, e, form.setError, fields)) setFailure(e);
    }
  });

  return (
    <form className="form staff" onSubmit={submit} noValidate aria-labelledby="voting-rule-form-heading">
      <h3 id="voting-rule-form-heading">{t('votingRule.formTitle')}</h3>
      <p className="hint">{t('votingRule.formLead')}</p>
      <FormProblem errors={errors} error={failure} />
      <fieldset className="plain" disabled={readOnly}>
        <Field id="rule-secrecy" label={t('votingRule.secrecy')} error={errorOf(errors, 'secrecy')}>
          {(describedBy) => (
            <select id="rule-secrecy" {...form.register('secrecy')} aria-describedby={describedBy}>
              {secrecies.map((code) => (
                <option key={code} value={code}>
                  {word('secrecy', code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="rule-quorumPercent"
          label={t('votingRule.quorumPercent')}
          hint={t('votingRule.quorumHint')}
          error={errorOf(errors, 'quorumPercent')}
          type="number"
          min={0}
          max={100}
          registration={form.register('quorumPercent', { validate: between(0, 100) })}
        />
        <Field id="rule-threshold" label={t('votingRule.threshold')} error={errorOf(errors, 'threshold')}>
          {(describedBy) => (
            <select id="rule-threshold" {...form.register('threshold')} aria-describedby={describedBy}>
              {adoptionThresholds.map((code) => (
                <option key={code} value={code}>
                  {word('threshold', code)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <TextField
          id="rule-responseMonths"
          label={t('votingRule.responseMonths')}
          hint={t('votingRule.responseHint')}
          error={errorOf(errors, 'responseMonths')}
          type="number"
          min={1}
          max={24}
          registration={form.register('responseMonths', { validate: between(1, 24) })}
        />
        <p className="actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('votingRule.save')}
          </button>
          <button type="button" className="button secondary" onClick={onCancel}>
            {t('dialog.cancel')}
          </button>
        </p>
      </fieldset>
    </form>
  );
}
