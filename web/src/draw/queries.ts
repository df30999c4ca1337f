import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useAssemblyApi } from '../api/client';
import { assemblyKey } from '../assembly/queries';
import type {
  Draw,
  DrawRequest,
  DrawResult,
  PublicDraw,
  PublicSeatOffer,
  PublicSignUp,
  Quota,
  PublicReplacement,
  Seating,
  SignedUp,
} from './types';
import { isRunning } from './types';

export const drawsKey = (slug: string, assembly: string) => [...assemblyKey(slug, assembly), 'draws'] as const;
export const drawKey = (slug: string, assembly: string, draw: string) => [...drawsKey(slug, assembly), draw] as const;

/** The assembly's draws (staff), newest first. */
export function useDraws(slug: string, assembly: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...drawsKey(slug, assembly), 'list'],
    queryFn: () =>
      unwrap<Draw[]>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/draws', { params: { path: { slug, assembly } } }),
      ),
  });
}

/** One draw; while it waits for or is in its run, read again every second to show its progress. */
export function useDraw(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...drawKey(slug, assembly, draw), 'view'],
    queryFn: () =>
      unwrap<Draw>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}', {
          params: { path: { slug, assembly, draw } },
        }),
      ),
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.status) ? 1000 : false),
  });
}

export function useDrawResult(slug: string, assembly: string, draw: string, completed: boolean) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: [...drawKey(slug, assembly, draw), 'result'],
    enabled: completed,
    queryFn: () =>
      unwrap<DrawResult>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/result', {
          params: { path: { slug, assembly, draw } },
        }),
      ),
  });
}

export function useCreateDraw(slug: string, assembly: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DrawRequest) =>
      unwrap<Draw>(
        api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws', {
          params: { path: { slug, assembly } },
          body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: drawsKey(slug, assembly) }),
  });
}

/** A change to the draw (quotas, run, cancellation); the draw is read again after it. */
function useDrawChange<T>(slug: string, assembly: string, send: (body: T) => Promise<Draw>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSettled: () => queryClient.invalidateQueries({ queryKey: drawsKey(slug, assembly) }),
  });
}

export function useSetQuotas(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useDrawChange(slug, assembly, (quotas: Quota[]) =>
    unwrap<Draw>(
      api.PUT('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/quotas', {
        params: { path: { slug, assembly, draw } },
        body: { quotas },
      }),
    ),
  );
}

export function useRunDraw(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useDrawChange(slug, assembly, () =>
    unwrap<Draw>(
      api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/run', {
        params: { path: { slug, assembly, draw } },
      }),
    ),
  );
}

export function useCancelDraw(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useDrawChange(slug, assembly, () =>
    unwrap<Draw>(
      api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/cancel', {
        params: { path: { slug, assembly, draw } },
      }),
    ),
  );
}

/** Quotas from census shares, to review: nothing is stored. */
export function useQuotasFromShares(slug: string, assembly: string) {
  const api = useAssemblyApi();
  return useMutation({
    mutationFn: (body: {
      panelSize: number;
      tolerance?: number;
      shares: { feature: string; value: string; share: number }[];
    }) =>
      unwrap<Quota[]>(
        api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/quotas-from-shares', {
          params: { path: { slug, assembly } },
          body,
        }),
      ),
  });
}

/** Where a draw's pool is uploaded: the CSV file itself is the body. */
export function poolUrl(slug: string, assembly: string, draw: string): string {
  return `${window.location.origin}/api/communes/${slug}/assembly/assemblies/${assembly}/draws/${draw}/pool`;
}

/** A completed draw's public audit, signed out. */
export function usePublicDraw(slug: string, draw: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: ['public', slug, 'draws', draw],
    queryFn: () =>
      unwrap<PublicDraw>(
        api.GET('/api/public/communes/{slug}/assembly/draws/{draw}', { params: { path: { slug, draw } } }),
      ),
  });
}

export function recordUrl(slug: string, draw: string): string {
  return `/api/public/communes/${slug}/assembly/draws/${draw}/record`;
}

export function publicDrawPath(slug: string, draw: string): string {
  return `/communes/${slug}/draws/${draw}`;
}

const seatingKey = (slug: string, assembly: string, draw: string) =>
  [...drawKey(slug, assembly, draw), 'seating'] as const;

/** A completed draw's seating (staff); not found until its seats are offered. */
export function useSeating(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: seatingKey(slug, assembly, draw),
    retry: false,
    queryFn: () =>
      unwrap<Seating>(
        api.GET('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/seating', {
          params: { path: { slug, assembly, draw } },
        }),
      ),
  });
}

/** A change to the seating (offering the seats, recording a refusal): the answer is the seating as it now stands. */
function useSeatingChange<T>(slug: string, assembly: string, draw: string, send: (body: T) => Promise<Seating>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (seating) => queryClient.setQueryData(seatingKey(slug, assembly, draw), seating),
    onSettled: () => queryClient.invalidateQueries({ queryKey: seatingKey(slug, assembly, draw) }),
  });
}

export function useStartSeating(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useSeatingChange(slug, assembly, draw, (body: { answerWithinDays: number; startsOn?: string }) =>
    unwrap<Seating>(
      api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/seating', {
        params: { path: { slug, assembly, draw } },
        body,
      }),
    ),
  );
}

export function useRecordRefusal(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useSeatingChange(slug, assembly, draw, (offer: string) =>
    unwrap<Seating>(
      api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/seating/offers/{offer}/refusal', {
        params: { path: { slug, assembly, draw, offer } },
      }),
    ),
  );
}

/** Replaces a seated member who withdrew by the reserve who best keeps the quotas (staff). */
export function useReplaceMember(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useSeatingChange(slug, assembly, draw, (offer: string) =>
    unwrap<Seating>(
      api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/seating/offers/{offer}/replacement', {
        params: { path: { slug, assembly, draw, offer } },
      }),
    ),
  );
}

/** A completed draw's replacements, signed out. */
export function usePublicReplacements(slug: string, draw: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: ['public', slug, 'draws', draw, 'replacements'],
    queryFn: () =>
      unwrap<PublicReplacement[]>(
        api.GET('/api/public/communes/{slug}/assembly/draws/{draw}/replacements', {
          params: { path: { slug, draw } },
        }),
      ),
  });
}

const seatOfferKey = (slug: string, offer: string) => ['public', slug, 'seat-offers', offer] as const;

/** A seat offer, as its link shows it: signed in or not. */
export function usePublicSeatOffer(slug: string, offer: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: seatOfferKey(slug, offer),
    queryFn: () =>
      unwrap<PublicSeatOffer>(
        api.GET('/api/public/communes/{slug}/assembly/seat-offers/{offer}', { params: { path: { slug, offer } } }),
      ),
  });
}

/** The person's answer to their offer: a refusal by its link (with the key it carries), or an acceptance signed in. */
export function useAnswerSeatOffer(slug: string, offer: string, answer: 'accept' | 'refuse', key?: string) {
  const api = useAssemblyApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      unwrap<PublicSeatOffer>(
        answer === 'accept'
          ? api.POST('/api/communes/{slug}/assembly/seat-offers/{offer}/acceptance', {
              params: { path: { slug, offer } },
            })
          : api.POST('/api/public/communes/{slug}/assembly/seat-offers/{offer}/refusal', {
              params: { path: { slug, offer } },
              body: { key },
            }),
      ),
    onSuccess: (answered) => queryClient.setQueryData(seatOfferKey(slug, offer), answered),
  });
}

export function useInvite(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useDrawChange(slug, assembly, (body: { letters: number; signUpUntil: string; byDistrict?: boolean }) =>
    unwrap<Draw>(
      api.POST('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/invitations', {
        params: { path: { slug, assembly, draw } },
        body,
      }),
    ),
  );
}

/** Moves the closing time of the draw's public sign-up (staff). */
export function useMoveSignUp(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useDrawChange(slug, assembly, (signUpUntil: string) =>
    unwrap<Draw>(
      api.PUT('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/sign-up-until', {
        params: { path: { slug, assembly, draw } },
        body: { signUpUntil },
      }),
    ),
  );
}

/** Where the letters' mail-merge CSV is downloaded (staff, with the session's token). */
export function lettersUrl(slug: string, assembly: string, draw: string): string {
  return `${window.location.origin}/api/communes/${slug}/assembly/assemblies/${assembly}/draws/${draw}/invitations`;
}

/** Where the register is uploaded (PUT, the CSV as the body) and deleted (DELETE). */
export function registerUrl(slug: string, assembly: string, draw: string): string {
  return `${window.location.origin}/api/communes/${slug}/assembly/assemblies/${assembly}/draws/${draw}/register`;
}

/** The mail merge with names and addresses, exported once (POST): the register's personal data go with it. */
export function mailMergeUrl(slug: string, assembly: string, draw: string): string {
  return `${registerUrl(slug, assembly, draw)}/mail-merge`;
}

export function useDeleteRegister(slug: string, assembly: string, draw: string) {
  const api = useAssemblyApi();
  return useDrawChange(slug, assembly, () =>
    unwrap<Draw>(
      api.DELETE('/api/communes/{slug}/assembly/assemblies/{assembly}/draws/{draw}/register', {
        params: { path: { slug, assembly, draw } },
      }),
    ),
  );
}

export function signUpPath(slug: string, draw: string): string {
  return `/communes/${slug}/draws/${draw}/sign-up`;
}

/** What a draw's public sign-up asks. */
export function useSignUpForm(slug: string, draw: string) {
  const api = useAssemblyApi();
  return useQuery({
    queryKey: ['public', slug, 'draws', draw, 'sign-up'],
    queryFn: () =>
      unwrap<PublicSignUp>(
        api.GET('/api/public/communes/{slug}/assembly/draws/{draw}/sign-up', { params: { path: { slug, draw } } }),
      ),
  });
}

export function useSignUp(slug: string, draw: string) {
  const api = useAssemblyApi();
  return useMutation({
    mutationFn: (body: {
      code: string;
      name: string;
      email: string;
      features: Record<string, string>;
      consent: boolean;
    }) =>
      unwrap<SignedUp>(
        api.POST('/api/public/communes/{slug}/assembly/draws/{draw}/sign-up', {
          params: { path: { slug, draw } },
          body,
        }),
      ),
  });
}
