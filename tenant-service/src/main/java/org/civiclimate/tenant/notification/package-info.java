/**
 * The emails the platform itself sends, over SMTP ({@code spring.mail.*}): the requester learns that their commune
 * is ready; a commune's admins learn that it was suspended or reinstated; someone invited to coordinate a network
 * gets the invitation (staff invitations are Keycloak's). Each follows the event of what happened, so a mail goes
 * once the change is committed, and once per event.
 * Guarded by {@code NotificationIT} and {@code CoordinatorInvitationIT}.
 */
@NullMarked
package org.civiclimate.tenant.notification;

import org.jspecify.annotations.NullMarked;
