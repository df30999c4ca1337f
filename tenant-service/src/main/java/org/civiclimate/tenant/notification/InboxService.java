package org.civiclimate.tenant.notification;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The notifications people find in the app: delivered once each beside the mail, read and marked read by their person. */
@Service
public class InboxService {

    private final InboxRepository inbox;

    InboxService(InboxRepository inbox) {
        this.inbox = inbox;
    }

    /**
     * Delivers the notice to each person once, in a transaction of its own: committed before any mail goes, so that a
     * mail that fails (and fails the event) leaves the notifications delivered, and the retry delivers nobody twice.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void deliver(CommuneId commune, Notice notice, Collection<InboxRepository.Delivery> deliveries) {
        inbox.deliver(commune, notice, deliveries);
    }

    @Transactional(readOnly = true)
    public InboxPage page(Caller caller, boolean unreadOnly, int page, int size) {
        long[] counts = inbox.counts(caller.userId());
        return new InboxPage(
                inbox.page(caller.userId(), unreadOnly, page, size),
                page,
                size,
                unreadOnly ? counts[1] : counts[0],
                counts[1]);
    }

    /** All the caller's notifications, newest first: part of what the platform holds about them (their data export). */
    @Transactional(readOnly = true)
    public List<InboxNotice> all(Caller caller) {
        return inbox.page(caller.userId(), false, 0, Integer.MAX_VALUE);
    }

    /** Marks one of the caller's notifications read (again: no change); 404 for anyone else's. */
    @Transactional
    public void markRead(Caller caller, UUID id) {
        if (!inbox.markRead(caller.userId(), id)) {
            throw new ApiProblem(InboxProblems.NOTICE_NOT_FOUND, "You have no notification " + id);
        }
    }

    /** Marks all the caller's notifications read; how many were unread. */
    @Transactional
    public int markAllRead(Caller caller) {
        return inbox.markAllRead(caller.userId());
    }
}
