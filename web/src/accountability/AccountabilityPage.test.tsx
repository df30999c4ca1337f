import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Page } from '../api/types';
import type { PublicRecommendation } from '../assembly/types';
import type { Language } from '../i18n';
import { fakeApi, json, problem, renderAt, signedIn, signedOut } from '../testing';
import { AccountabilityPage, PublicRecommendationPage } from './AccountabilityPage';

const insulation: PublicRecommendation = {
  id: 'r-1',
  assembly: 'Climate council',
  topic: 'Energy',
  title: 'Insulate the schools',
  body: 'The commune insulates every school by 2030.',
  adoptedOn: '2026-02-01',
  result: {
    tally: { votesFor: 14, votesAgainst: 3, abstentions: 2 },
    seated: 24,
    quorumNeeded: 12,
    quorumMet: true,
    adopted: true,
  },
  threshold: 'SIMPLE_MAJORITY',
  responseDueOn: '2026-05-01',
  overdue: false,
  answer: {
    decision: 'PARTIALLY_ACCEPTED',
    justification: 'Two schools are to be rebuilt instead.',
    publishedAt: '2026-04-20T10:00:00Z',
    late: false,
  },
  followUps: [
    {
      id: 'f-1',
      status: 'PLANNED',
      progress: 0,
      note: 'Audits ordered.',
      on: '2026-05-10',
      department: 'Buildings',
      recordedAt: '2026-05-10T10:00:00Z',
    },
    {
      id: 'f-2',
      status: 'IN_PROGRESS',
      progress: 35,
      note: 'Three schools done.',
      on: '2026-09-01',
      department: 'Buildings',
      recordedAt: '2026-09-01T10:00:00Z',
    },
  ],
  assessment: {
    sessionId: 's-9',
    verdict: 'PARTLY_SATISFIED',
    comment: 'Too slow.',
    recordedAt: '2026-10-01T20:00:00Z',
  },
};
const trams: PublicRecommendation = {
  ...insulation,
  id: 'r-2',
  topic: 'Mobility',
  title: 'More trams',
  answer: null,
  followUps: [],
  assessment: null,
  overdue: true,
};
const publicBase = '/api/public/communes/uccle/assembly';

function page(items: PublicRecommendation[], total = items.length): Page<PublicRecommendation> {
  return { items, page: 0, size: 20, total };
}

function api() {
  return fakeApi(({ method, path }) => {
    if (path === `${publicBase}/recommendations/r-1/following`) {
      if (method === 'PUT') return json({ following: true, followers: 4 });
      return json({ following: false, followers: 3 });
    }
    if (path === '/api/public/communes/uccle') {
      return json({
        slug: 'uccle',
        name: 'Uccle',
        country: 'BE',
        languages: ['fr'],
        status: 'ACTIVE',
        joinPolicy: 'OPEN',
      });
    }
    if (path === `${publicBase}/recommendations/topics`) return json(['Energy', 'Mobility']);
    if (path === `${publicBase}/recommendations/r-1`) return json(insulation);
    if (path.startsWith(`${publicBase}/recommendations?`)) {
      if (path.includes('overdue=true') || path.includes('q=')) return json(page([]));
      return json(page([insulation, trams], 45));
    }
    return undefined;
  });
}

function renderList(path = '/communes/uccle/accountability', language: Language = 'en') {
  renderAt(
    path,
    <>
      <Route path="/communes/:slug/accountability" element={<AccountabilityPage />} />
      <Route path="/communes/:slug/accountability/:id" element={<PublicRecommendationPage />} />
    </>,
    signedOut,
    language,
  );
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('AccountabilityPage', () => {
  it('shows anyone signed out the adopted recommendations, their votes, answers and progress', async () => {
    const calls = api();
    renderList();

    expect(await screen.findByRole('heading', { level: 1, name: 'Recommendations and answers of Uccle' })).toBeTruthy();
    expect(await screen.findByText('45 recommendations')).toBeTruthy();
    const card = screen.getByRole('link', { name: 'Insulate the schools' }).closest('li') as HTMLElement;
    expect(within(card).getByText('Climate council')).toBeTruthy();
    expect(within(card).getByText('February 1, 2026')).toBeTruthy();
    expect(within(card).getByText('14 for, 3 against, 2 abstentions')).toBeTruthy();
    expect(within(card).getByText('Partially accepted')).toBeTruthy();
    expect(within(card).getByText('Two schools are to be rebuilt instead.')).toBeTruthy();
    expect(within(card).getByText('In progress, 35% done')).toBeTruthy();
    expect(within(card).getByText('Partly satisfied')).toBeTruthy();
    expect(within(card).queryByText('Answer overdue')).toBeNull();
    const tramCard = screen.getByRole('link', { name: 'More trams' }).closest('li') as HTMLElement;
    expect(within(tramCard).getByText('Answer overdue')).toBeTruthy();
    expect(within(tramCard).getByText('not answered yet (due by May 1, 2026)')).toBeTruthy();

    expect(screen.getByRole('link', { name: 'Download as CSV' }).getAttribute('href')).toBe(
      `${publicBase}/open-data/recommendations.csv`,
    );
    expect(screen.getByRole('link', { name: 'Download as JSON' }).getAttribute('href')).toBe(
      `${publicBase}/open-data/recommendations.json`,
    );
    expect(screen.getByRole('link', { name: /Data dictionary/ }).getAttribute('href')).toBe(
      `${publicBase}/open-data/dictionary`,
    );
    expect(calls.find((call) => call.path.startsWith(`${publicBase}/recommendations?`))?.path).toBe(
      `${publicBase}/recommendations?page=0&size=20`,
    );
    expect(calls.every((call) => !call.headers.has('Authorization'))).toBe(true);

    fireEvent.click(screen.getByRole('button', { name: 'Next' }));
    await waitFor(() => expect(calls.at(-1)?.path).toBe(`${publicBase}/recommendations?page=1&size=20`));
  });

  it('sends the filters chosen, and says when nothing matches', async () => {
    const calls = api();
    renderList();

    const topic = await screen.findByLabelText('Topic');
    await within(topic).findByRole('option', { name: 'Mobility' });
    fireEvent.change(topic, { target: { value: 'Mobility' } });
    await waitFor(() => expect(calls.at(-1)?.path).toBe(`${publicBase}/recommendations?topic=Mobility&page=0&size=20`));
    fireEvent.change(screen.getByLabelText('Answer'), { target: { value: 'UNANSWERED' } });
    await waitFor(() =>
      expect(calls.at(-1)?.path).toBe(`${publicBase}/recommendations?topic=Mobility&answer=UNANSWERED&page=0&size=20`),
    );
    fireEvent.click(screen.getByLabelText('Only those whose answer is overdue'));
    fireEvent.change(screen.getByLabelText('Search'), { target: { value: ' tram ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Search' }));

    expect(await screen.findByText('No adopted recommendation matches.')).toBeTruthy();
    expect(screen.getByText('0 recommendations')).toBeTruthy();
    expect(calls.at(-1)?.path).toBe(
      `${publicBase}/recommendations?topic=Mobility&answer=UNANSWERED&overdue=true&q=tram&page=0&size=20`,
    );
  });

  it('shows one recommendation with its whole follow-up timeline', async () => {
    api();
    renderList('/communes/uccle/accountability/r-1');

    expect(await screen.findByRole('heading', { level: 1, name: 'Insulate the schools' })).toBeTruthy();
    expect(screen.getByText('The commune insulates every school by 2030.')).toBeTruthy();
    expect(screen.getByText('met (12 ballots needed)')).toBeTruthy();
    const followUp = within(screen.getByRole('region', { name: 'Follow-up' }));
    expect(followUp.getAllByRole('listitem')).toHaveLength(2);
    expect(followUp.getByText('Audits ordered.')).toBeTruthy();
    expect(followUp.getByText('Three schools done.')).toBeTruthy();
    expect(screen.getByText('Too slow.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Back to all recommendations' }).getAttribute('href')).toBe(
      '/communes/uccle/accountability',
    );
  });

  it('says how many follow it and offers to sign in to follow, signed out', async () => {
    api();
    const signIn = vi.fn();
    renderAt(
      '/communes/uccle/accountability/r-1',
      <Route path="/communes/:slug/accountability/:id" element={<PublicRecommendationPage />} />,
      { ...signedOut, signIn },
    );

    const follow = within(await screen.findByRole('region', { name: 'Follow this recommendation' }));
    expect(await follow.findByText('3 people follow this')).toBeTruthy();
    expect(follow.getByText(/get an email when the commune answers/)).toBeTruthy();
    expect(follow.queryByRole('button', { name: 'Follow' })).toBeNull();
    fireEvent.click(follow.getByRole('button', { name: 'Sign in to follow' }));
    expect(signIn).toHaveBeenCalledWith('/communes/uccle/accountability/r-1', 'en');
  });

  it('lets a signed-in person follow it', async () => {
    const calls = api();
    renderAt(
      '/communes/uccle/accountability/r-1',
      <Route path="/communes/:slug/accountability/:id" element={<PublicRecommendationPage />} />,
      signedIn,
    );

    const follow = within(await screen.findByRole('region', { name: 'Follow this recommendation' }));
    fireEvent.click(await follow.findByRole('button', { name: 'Follow' }));

    expect(await follow.findByText('4 people follow this — You follow this recommendation.')).toBeTruthy();
    expect(follow.getByRole('button', { name: 'Stop following' })).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.path).toBe(`${publicBase}/recommendations/r-1/following`);
  });

  it('says when there is no such recommendation', async () => {
    fakeApi(() => problem(404, 'not-found', 'No such recommendation'));
    renderList('/communes/uccle/accountability/r-404');

    expect((await screen.findByRole('alert')).textContent).toBe('There is no such recommendation.');
  });

  it('speaks French to French readers', async () => {
    api();
    renderList('/communes/uccle/accountability', 'fr');

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Recommandations et réponses\u00a0— Uccle' }),
    ).toBeTruthy();
    expect(await screen.findByText('45 recommandations')).toBeTruthy();
    expect(screen.getAllByText('14 pour, 3 contre, 2 abstentions')).toHaveLength(2);
    expect(screen.getByText(/^En cours, réalisée à 35.%$/)).toBeTruthy();
    expect(screen.getByText('Réponse en retard')).toBeTruthy();
    expect(screen.getByText('pas encore de réponse (attendue au plus tard le 1 mai 2026)')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'À propos d’Uccle' })).toBeTruthy();
  });
});
