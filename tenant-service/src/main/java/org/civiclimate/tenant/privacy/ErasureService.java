package org.civiclimate.tenant.privacy;

import java.util.Map;
import org.civiclimate.platform.events.EventOutbox;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.tenant.audit.AuditAction;
import org.civiclimate.tenant.audit.AuditService;
import org.civiclimate.tenant.roles.CommuneRole;
import org.civiclimate.tenant.roles.LastAdmin;
import org.civiclimate.tenant.roles.RoleService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The steps of deleting an account, each in its own transaction; every one can be repeated safely. */
@Service
public class ErasureService {

    private final RoleService roles;
    private final AuditService audit;
    private final EventOutbox outbox;
    private final PersonalDataRepository data;

    ErasureService(RoleService roles, AuditService audit, EventOutbox outbox, PersonalDataRepository data) {
        this.roles = roles;
        this.audit = audit;
        this.outbox = outbox;
        this.data = data;
    }

    /** How many admins the bound commune has. */
    @Transactional(readOnly = true)
    public int admins(CommuneId commune) {
        return roles.countAdmins(commune);
    }

    /**
     * The person leaves the bound commune for good; its services are told to forget them. Refused if they are its
     * last admin, checked with the commune's admins held until the end of the transaction: of two admins deleting
     * their accounts at once, the second sees the first gone.
     */
    @Transactional
    public void leave(CommuneId commune, String userId, String communeName) {
        if (roles.holdRolesOf(commune, userId).contains(CommuneRole.ADMIN) && roles.lockAdmins(commune) <= 1) {
            throw new LastAdmin("You are the only administrator of " + communeName
                    + ": appoint another administrator there before deleting your account");
        }
        if (roles.revokeAll(commune, userId)) {
            audit.record(commune, userId, AuditAction.MEMBER_LEFT, Map.of("reason", "account deleted"));
        }
        outbox.publish(commune, new PersonErased(commune.value(), userId));
    }

    /** Erases the profile: the audit trails keep the person's id, no longer a name. */
    @Transactional
    public void forget(String userId) {
        data.erase(userId);
    }
}
