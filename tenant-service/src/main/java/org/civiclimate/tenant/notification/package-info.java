/**
 * The emails the platform itself sends, over SMTP ({@code spring.mail.*}), in the person's language (the
 * {@code messages*.properties} bundles): the requester learns that their commune is ready; a commune's admins learn
 * that it was suspended or reinstated (in the commune's first language); someone invited to a commune's staff or to
 * coordinate a network gets the invitation, with its one link and its validity; members convened to an assembly's
 * session (assembly-service's {@code session.convened}) get their convocation, one mail each, once, and
 * learn of each change of the session or of its cancellation ({@code session.changed}) the same way; those who follow an
 * adopted recommendation learn, one mail each and once, the commune's answer ({@code response.published}), each step
 * of its follow-up ({@code follow-up.updated}) and that the answer is overdue ({@code response.overdue}, which the
 * commune's admins and facilitators learn too), with the recommendation's public page. Each of these notices also
 * waits for its person in the app, once ({@code /api/me/notifications}; delivered before the mail, and kept when it fails). Each follows the
 * event of what happened, so a mail goes once the change is committed, and is retried rather than lost.
 * Guarded by {@code NotificationIT}, {@code ConvocationMailIT}, {@code RecommendationNoticesIT}, {@code InboxIT}, {@code InvitationIT}, {@code CoordinatorInvitationIT}
 * and {@code MailTextsTest}.
 */
@NullMarked
package org.civiclimate.tenant.notification;

import org.jspecify.annotations.NullMarked;
