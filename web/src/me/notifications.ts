import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { unwrap, useApi } from '../api/client';
import type { components } from '../api/generated/tenant-service';
import { useSession } from '../auth/session';

type Schemas = components['schemas'];

/** A notification as tenant-service sends it: its kind, its subject's title, the detail of its kind, its page. */
export type InboxNotice = Required<Omit<Schemas['InboxNotice'], 'detail' | 'readAt'>> & {
  detail?: string | null;
  readAt?: string | null;
};
export type InboxPage = Required<Omit<Schemas['InboxPage'], 'items'>> & { items: InboxNotice[] };

export const notificationsKey = ['me', 'notifications'] as const;

/** One page of the signed-in person's notifications, newest first. */
export function useNotifications(page: number, size: number, unreadOnly: boolean) {
  const api = useApi();
  return useQuery({
    queryKey: [...notificationsKey, { page, size, unreadOnly }],
    queryFn: () =>
      unwrap<InboxPage>(api.GET('/api/me/notifications', { params: { query: { page, size, unread: unreadOnly } } })),
  });
}

/** How many notifications the signed-in person has not read, asked again every minute; nothing signed out. */
export function useUnreadCount(): number {
  const session = useSession();
  const api = useApi();
  const unread = useQuery({
    queryKey: [...notificationsKey, 'unread'],
    queryFn: () =>
      unwrap<InboxPage>(api.GET('/api/me/notifications', { params: { query: { unread: true, size: 1 } } })),
    enabled: session.authenticated,
    refetchInterval: 60_000,
  });
  return unread.data?.unread ?? 0;
}

/** Marking one notification read (id), or all of them (no id); every list and count of them is asked again. */
export function useMarkRead() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id?: string) =>
      unwrap<void>(
        id
          ? api.POST('/api/me/notifications/{id}/read', { params: { path: { id } } })
          : api.POST('/api/me/notifications/read'),
      ),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
