import type { Language } from '../i18n';
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { Route } from 'react-router-dom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { empty, fakeApiFor, json, memberOfUccle, problem, renderAt, signedIn, type Call } from '../testing';
import { AssemblyPage } from './AssemblyPage';
import { SessionPage } from './SessionPage';
import type { Assembly, Convocation, Minutes, Session, SessionDocument, SheetLine } from './types';

const assemblyId = '7f9c2d1e-0000-4000-8000-000000000001';
const sessionId = '5a1b0000-0000-4000-8000-000000000009';
const council: Assembly = {
  id: assemblyId,
  name: 'Climate council',
  kind: 'PERMANENT_COUNCIL',
  seats: 24,
  mandateMonths: 18,
  cohorts: 3,
  firstSittingOn: '2025-09-01',
  topics: [],
  status: 'ACTIVE',
  activeMandates: 21,
  createdAt: '2025-06-01T10:00:00Z',
};
const hearing: Session = {
  id: sessionId,
  assemblyId,
  kind: 'INFORMATION_HEARING',
  title: 'Heating the schools',
  startsAt: '2027-01-15T19:00:00+01:00',
  endsAt: '2027-01-15T21:30:00+01:00',
  zone: 'Europe/Brussels',
  halfDays: 2,
  place: 'Town hall',
  onlineLink: null,
  agenda: ['Welcome', 'The energy audit'],
  guests: [{ name: 'Ann Peeters', organisation: 'Energy agency', role: 'engineer' }],
  status: 'PLANNED',
  convocations: { convened: 2, confirmed: 1, excused: 0 },
  myResponse: 'PENDING',
};
const carolLine: SheetLine = { mandateId: 'm-1', userId: 'u-3', name: 'Carol', seat: 1, current: null };
const daveLine: SheetLine = { mandateId: 'm-2', userId: 'u-4', name: 'Dave', seat: 2, current: null };
const eveLine: SheetLine = {
  mandateId: 'm-3',
  userId: 'u-5',
  name: 'Eve',
  seat: 3,
  current: {
    version: 3,
    status: 'ABSENT',
    halfDays: 0,
    reason: null,
    recordedBy: 'Alice',
    recordedAt: '2027-01-15T22:00:00Z',
  },
};
const convocation: Convocation = {
  sessionId,
  userId: 'u-3',
  name: 'Carol',
  mandateId: 'm-1',
  convenedAt: '2027-01-02T10:00:00Z',
  response: 'EXCUSED',
  respondedAt: '2027-01-03T10:00:00Z',
  note: 'On holiday',
};
let documents: SessionDocument[] = [];
let minutes: Minutes | undefined;
const agendaPdf: SessionDocument = {
  id: 'd-1',
  name: 'agenda.pdf',
  mediaType: 'application/pdf',
  sizeBytes: 2_621_440,
  sha256: 'ab'.repeat(32),
  uploadedAt: '2027-01-02T10:00:00Z',
};
const assemblyBase = `/api/communes/uccle/assembly/assemblies/${assemblyId}`;
const base = `${assemblyBase}/sessions/${sessionId}`;

/** The assembly, its sessions and one session's sheets, for this caller; writes answered by `write`. */
function api(caller: Me, write: (call: Call) => Response | undefined = () => undefined) {
  return fakeApiFor(caller, (call) => {
    const { method, path } = call;
    if (method !== 'GET') return write(call);
    if (path === assemblyBase) return json(council);
    if (path === `${assemblyBase}/rotation-plan`) return json({ vacantSeats: [], renewals: [] });
    if (path.startsWith(`${assemblyBase}/mandates`)) return json([]);
    if (path === `${assemblyBase}/sessions`) return json([hearing]);
    if (path.startsWith(`${assemblyBase}/recommendations`)) return json([]);
    if (path === `${assemblyBase}/voting-rule`) {
      return json({ secrecy: 'NAMED', quorumPercent: 50, threshold: 'SIMPLE_MAJORITY', responseMonths: 3 });
    }
    if (path === base) return json(hearing);
    if (path === `${base}/convocations`) return json([convocation]);
    if (path === `${base}/documents`) return json(documents);
    if (path === `${base}/minutes`) return minutes ? json(minutes) : problem(404, 'not-found', 'No minutes');
    if (path === `${base}/attendance`) return json([carolLine, daveLine, eveLine]);
    if (path === `${base}/attendance/u-5/history`) {
      return json([
        { ...eveLine.current, version: 1, status: 'PRESENT', recordedBy: 'Bob' },
        { ...eveLine.current, reason: 'She left before the start' },
      ]);
    }
    return undefined;
  });
}

function renderSession() {
  renderAt(
    `/communes/uccle/assemblies/${assemblyId}/sessions/${sessionId}`,
    <Route path="/communes/:slug/assemblies/:assembly/sessions/:session" element={<SessionPage />} />,
    signedIn,
  );
}

function renderAssembly(language: Language = 'en') {
  renderAt(
    `/communes/uccle/assemblies/${assemblyId}`,
    <Route path="/communes/:slug/assemblies/:assembly" element={<AssemblyPage />} />,
    signedIn,
    language,
  );
}

afterEach(() => {
  cleanup();
  documents = [];
  minutes = undefined;
  vi.unstubAllGlobals();
});

describe('the sessions of an assembly', () => {
  it('lists them for any member, in the session’s zone, with their own answer, and offers no form', async () => {
    api(memberOfUccle('CITIZEN'));
    renderAssembly();

    const table = await screen.findByRole('table', { name: 'The assembly’s sessions, earliest first' });
    const row = within(table).getByRole('row', { name: /Heating the schools/ });
    expect(within(row).getByText(/Friday, January 15, 2027/).textContent).toMatch(/7:00/);
    expect(within(row).getByText('Information hearing')).toBeTruthy();
    expect(within(row).getByText('Town hall')).toBeTruthy();
    expect(within(row).getByText('no answer yet')).toBeTruthy();
    expect(within(row).getByRole('link', { name: 'Heating the schools' }).getAttribute('href')).toBe(
      `/communes/uccle/assemblies/${assemblyId}/sessions/${sessionId}`,
    );
    expect(screen.queryByRole('heading', { name: 'Plan a session' })).toBeNull();
  });

  it('plans one for the staff, and shows the API’s objection next to its field', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'POST'
        ? problem(400, 'validation', 'Invalid request', [
            { field: 'startsAt', code: 'invalid', detail: 'does not exist in Europe/Brussels' },
          ])
        : undefined,
    );
    renderAssembly();

    const form = within(await screen.findByRole('region', { name: 'Plan a session' }));
    fireEvent.change(form.getByLabelText('Kind'), { target: { value: 'VOTE' } });
    fireEvent.change(form.getByLabelText('Title'), { target: { value: 'Final vote' } });
    fireEvent.change(form.getByLabelText('Start'), { target: { value: '2027-03-28T02:30' } });
    fireEvent.change(form.getByLabelText('End'), { target: { value: '2027-03-28T05:00' } });
    fireEvent.change(form.getByLabelText('Place'), { target: { value: 'Town hall' } });
    fireEvent.change(form.getByLabelText('Agenda'), { target: { value: 'Welcome\n\nVote\n' } });
    fireEvent.change(form.getByLabelText('Guests'), {
      target: { value: 'Ann Peeters — Energy agency — engineer\nBob' },
    });
    fireEvent.click(form.getByRole('button', { name: 'Plan the session' }));

    await waitFor(() => expect(form.getByLabelText('Start').getAttribute('aria-invalid')).toBe('true'));
    expect(form.getByText('does not exist in Europe/Brussels')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${assemblyBase}/sessions`,
      body: {
        kind: 'VOTE',
        title: 'Final vote',
        startsAt: '2027-03-28T02:30',
        endsAt: '2027-03-28T05:00',
        place: 'Town hall',
        agenda: ['Welcome', 'Vote'],
        guests: [{ name: 'Ann Peeters', organisation: 'Energy agency', role: 'engineer' }, { name: 'Bob' }],
      },
    });
  });

  it('says in the reader’s words that a session lasts at most 14 hours', async () => {
    api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'POST'
        ? problem(400, 'validation', 'Invalid request', [
            {
              field: 'endsAt',
              code: 'too-large',
              params: { maxHours: 14 },
              detail: 'a session lasts at most 14 hours',
            },
          ])
        : undefined,
    );
    renderAssembly('fr');

    const form = within(await screen.findByRole('region', { name: 'Prévoir une séance' }));
    fireEvent.change(form.getByLabelText('Titre'), { target: { value: 'Longue' } });
    fireEvent.change(form.getByLabelText('Début'), { target: { value: '2027-03-20T06:00' } });
    fireEvent.change(form.getByLabelText('Fin'), { target: { value: '2027-03-20T23:00' } });
    fireEvent.change(form.getByLabelText('Lieu'), { target: { value: 'Maison communale' } });
    fireEvent.click(form.getByRole('button', { name: 'Prévoir la séance' }));

    expect(await form.findByText(/^Une séance dure au plus 14.heures\.$/)).toBeTruthy();
  });
});

describe('SessionPage', () => {
  it('shows the facts, and lets a convened member confirm with a note', async () => {
    const calls = api(memberOfUccle('CITIZEN'), ({ method, body }) =>
      method === 'PUT' ? json({ ...convocation, ...(body as object) }) : undefined,
    );
    renderSession();

    expect(await screen.findByRole('heading', { name: 'Heating the schools', level: 1 })).toBeTruthy();
    expect(screen.getByText('The energy audit')).toBeTruthy();
    expect(screen.getByText('Ann Peeters — Energy agency — engineer')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Add to my calendar (.ics)' })).toBeTruthy();
    expect(screen.getByText('My answer: no answer yet')).toBeTruthy();

    fireEvent.change(screen.getByLabelText('Note (optional)'), { target: { value: 'A bit late' } });
    fireEvent.click(screen.getByRole('button', { name: 'I will come' }));

    await waitFor(() => expect(screen.getByText('Your answer is saved: coming.').getAttribute('role')).toBe('status'));
    expect(calls.find((call) => call.method === 'PUT')).toEqual({
      method: 'PUT',
      path: `${base}/convocations/mine`,
      body: { response: 'CONFIRMED', note: 'A bit late' },
    });
    expect(screen.queryByRole('heading', { name: 'Attendance' })).toBeNull();
    expect(calls.some((call) => call.path.endsWith('/attendance') || call.path.endsWith('/convocations'))).toBe(false);
  });

  it('lets the staff convene the members and read their answers', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), ({ method, path }) =>
      method === 'POST' && path === `${base}/convocation` ? json({ newlyConvened: 3, convened: 5 }) : undefined,
    );
    renderSession();

    const convocations = within(await screen.findByRole('table', { name: 'Who was convened, and their answers' }));
    const carol = convocations.getByRole('row', { name: /Carol/ });
    expect(within(carol).getByText('excused')).toBeTruthy();
    expect(within(carol).getByText('On holiday')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Convene the members' }));
    expect(
      await screen.findByText('3 members newly convened; 5 convened in all. Each received an email.'),
    ).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')?.path).toBe(`${base}/convocation`);
  });

  it('records only the lines not recorded yet, with half-days for a partial presence', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), ({ method, path }) =>
      method === 'POST' && path === `${base}/attendance`
        ? json({ recorded: 2, unchanged: 0, sheet: [carolLine, daveLine, eveLine] })
        : undefined,
    );
    renderSession();

    fireEvent.change(await screen.findByLabelText('Attendance of Carol'), { target: { value: 'PRESENT' } });
    fireEvent.change(screen.getByLabelText('Attendance of Dave'), { target: { value: 'PARTIAL' } });
    fireEvent.change(screen.getByLabelText('Half-days present of Dave'), { target: { value: '1' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record attendance' }));

    expect(await screen.findByText('2 attendances recorded.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/attendance`,
      body: {
        entries: [
          { userId: 'u-3', status: 'PRESENT' },
          { userId: 'u-4', status: 'PARTIAL', halfDays: 1 },
        ],
      },
    });
  });

  it('shows the API’s objection to a line’s half-days on that line', async () => {
    api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'POST'
        ? problem(400, 'validation', 'Invalid request', [
            { field: 'entries[1].halfDays', code: 'too-large', detail: 'too large', params: { max: 1 } },
          ])
        : undefined,
    );
    renderSession();

    fireEvent.change(await screen.findByLabelText('Attendance of Carol'), { target: { value: 'PRESENT' } });
    fireEvent.change(screen.getByLabelText('Attendance of Dave'), { target: { value: 'PARTIAL' } });
    fireEvent.change(screen.getByLabelText('Half-days present of Dave'), { target: { value: '2' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record attendance' }));

    const sheet = within(screen.getByRole('table', { name: 'The attendance sheet' }));
    expect(await within(sheet.getByRole('row', { name: /Dave/ })).findByText('At most 1.')).toBeTruthy();
    expect(sheet.getByRole('row', { name: /Carol/ }).textContent).not.toContain('At most');
  });

  it('says in words when a member is already recorded otherwise', async () => {
    api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'POST' ? problem(409, 'attendance-already-recorded', 'Already recorded') : undefined,
    );
    renderSession();

    fireEvent.change(await screen.findByLabelText('Attendance of Carol'), { target: { value: 'ABSENT' } });
    fireEvent.click(screen.getByRole('button', { name: 'Record attendance' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The attendance is already recorded otherwise: correct it, with a reason.',
    );
  });

  it('corrects a recorded line only once a reason is given, naming the version it corrects', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), ({ method, path, body }) =>
      method === 'POST' && path === `${base}/attendance/u-5/corrections`
        ? json({ ...eveLine.current, ...(body as object), version: 4 })
        : undefined,
    );
    renderSession();

    fireEvent.click(await screen.findByRole('button', { name: 'Correct the attendance of Eve' }));
    const dialog = within(screen.getByRole('dialog'));
    fireEvent.change(dialog.getByLabelText('Attendance'), { target: { value: 'EXCUSED' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));
    expect(await dialog.findByText('Please give a reason.')).toBeTruthy();
    expect(calls.some((call) => call.method === 'POST')).toBe(false);

    fireEvent.change(dialog.getByLabelText('Reason'), { target: { value: 'She sent a medical note' } });
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The attendance of Eve is corrected.')).toBeTruthy();
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(calls.find((call) => call.method === 'POST')).toEqual({
      method: 'POST',
      path: `${base}/attendance/u-5/corrections`,
      body: { status: 'EXCUSED', reason: 'She sent a medical note', correcting: 3 },
    });
  });

  it('shows a recorded line’s history: who, when and why', async () => {
    api(memberOfUccle('FACILITATOR'));
    renderSession();

    fireEvent.click(await screen.findByRole('button', { name: 'History of Eve' }));
    expect(await screen.findByText(/^present, recorded by Bob/)).toBeTruthy();
    expect(screen.getByText(/absent, recorded by Alice.*Reason: She left before the start/)).toBeTruthy();
  });
});

describe('a session’s documents and minutes', () => {
  it('lists the documents for a member, with their size, and shows no minutes until published', async () => {
    documents = [agendaPdf];
    api(memberOfUccle('CITIZEN'));
    renderSession();

    const table = within(await screen.findByRole('table', { name: 'The session’s documents' }));
    expect(await table.findByRole('button', { name: 'agenda.pdf' })).toBeTruthy();
    expect(table.getByText('2.5 MB')).toBeTruthy();
    expect(table.getByText('PDF')).toBeTruthy();
    expect(table.queryByText('application/pdf')).toBeNull();
    expect(table.queryByRole('button', { name: 'Delete' })).toBeNull();
    expect(screen.queryByLabelText('Add a document')).toBeNull();
    expect(await screen.findByText('No minutes published yet.')).toBeTruthy();
    expect(screen.queryByLabelText('Text of the minutes')).toBeNull();
  });

  it('lets the staff upload a file as its raw body, and says when it was there already', async () => {
    const calls = api(memberOfUccle('FACILITATOR'), ({ method, path }) =>
      method === 'POST' && path.startsWith(`${base}/documents`) ? json(agendaPdf, 200) : undefined,
    );
    renderSession();

    expect(await screen.findByText('No document yet.')).toBeTruthy();
    expect(screen.getByText(/up to 10 MB/)).toBeTruthy();
    const file = new File(['1'], 'agenda.pdf', { type: 'application/pdf' });
    fireEvent.change(screen.getByLabelText('Add a document'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload' }));

    expect(await screen.findByText('This file was there already, as “agenda.pdf”.')).toBeTruthy();
    const upload = calls.find((call) => call.method === 'POST')!;
    expect(upload.path).toBe(`${base}/documents?name=agenda.pdf`);
    expect(upload.headers.get('Content-Type')).toBe('application/pdf');
    expect(upload.headers.get('Authorization')).toBe('Bearer token');
  });

  it('translates a refused format', async () => {
    api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'POST' ? problem(415, 'unsupported-media-type', 'Not accepted') : undefined,
    );
    renderSession();

    const file = new File(['1'], 'run.exe', { type: 'application/x-msdownload' });
    fireEvent.change(await screen.findByLabelText('Add a document'), { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload' }));

    expect((await screen.findByRole('alert')).textContent).toBe('The platform cannot read this format.');
  });

  it('lets the staff delete a document after confirming', async () => {
    documents = [agendaPdf];
    const calls = api(memberOfUccle('FACILITATOR'), ({ method }) => (method === 'DELETE' ? empty() : undefined));
    renderSession();

    fireEvent.click(await screen.findByRole('button', { name: 'Delete' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Delete “agenda.pdf”?' }));
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The document is deleted.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'DELETE')?.path).toBe(`${base}/documents/d-1`);
  });

  it('lets the staff write the first draft of the minutes, then publish it once confirmed', async () => {
    const draft: Minutes = {
      version: 1,
      text: 'Present: 20.\nDecided: audit.',
      status: 'DRAFT',
      writtenAt: '2027-01-16T10:00:00Z',
      publishedAt: null,
    };
    const calls = api(memberOfUccle('FACILITATOR'), ({ method, path }) => {
      if (method === 'PUT' && path === `${base}/minutes`) return json(draft);
      if (method === 'POST' && path === `${base}/minutes/publication`) {
        return json({ ...draft, status: 'PUBLISHED', publishedAt: '2027-01-17T10:00:00Z' });
      }
      return undefined;
    });
    renderSession();

    fireEvent.change(await screen.findByLabelText('Text of the minutes'), { target: { value: draft.text } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }));
    expect(await screen.findByText('The draft is saved.')).toBeTruthy();
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ text: draft.text, editing: 0 });

    fireEvent.click(screen.getByRole('button', { name: 'Publish' }));
    const dialog = within(screen.getByRole('dialog', { name: 'Publish the minutes?' }));
    expect(dialog.getByText(/Publishing is final/)).toBeTruthy();
    fireEvent.click(dialog.getByRole('button', { name: 'Confirm' }));

    expect(await screen.findByText('The minutes are published.')).toBeTruthy();
    expect(screen.getByText(/Present: 20\.\s+Decided: audit\./)).toBeTruthy();
    expect(screen.queryByLabelText('Text of the minutes')).toBeNull();
  });

  it('says when the minutes changed meanwhile, and reloads them', async () => {
    minutes = { version: 2, text: 'Old', status: 'DRAFT', writtenAt: '2027-01-16T10:00:00Z', publishedAt: null };
    const calls = api(memberOfUccle('FACILITATOR'), ({ method }) =>
      method === 'PUT' ? problem(409, 'minutes-changed', 'Changed') : undefined,
    );
    renderSession();

    fireEvent.change(await screen.findByDisplayValue('Old'), { target: { value: 'New' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the draft' }));

    expect((await screen.findByRole('alert')).textContent).toBe(
      'The minutes were edited in the meantime. Reload the page and try again.',
    );
    expect(calls.find((call) => call.method === 'PUT')?.body).toEqual({ text: 'New', editing: 2 });
    await waitFor(() => expect(calls.filter((call) => call.path === `${base}/minutes`).length).toBeGreaterThan(2));
  });
});
