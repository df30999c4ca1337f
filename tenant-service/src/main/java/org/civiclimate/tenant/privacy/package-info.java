/**
 * A person's rights over their data (GDPR): they download what the platform holds about them, and delete their
 * account. Deleting takes them out of every commune (announced, so that every service forgets them), erases their
 * profile and their Keycloak account; the audit trails keep the ids of their past privileged actions, without a
 * name, as the law asks such records to be kept.
 * Guarded by {@code PersonalDataIT} and the authorisation matrix.
 */
@NullMarked
package org.civiclimate.tenant.privacy;

import org.jspecify.annotations.NullMarked;
