package org.civiclimate.tenant.notification;

import java.util.List;

/** One page of the person's notifications, newest first, with how many there are and how many are unread. */
public record InboxPage(List<InboxNotice> items, int page, int size, long total, long unread) {}
