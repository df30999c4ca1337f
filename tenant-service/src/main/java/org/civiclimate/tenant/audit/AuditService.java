package org.civiclimate.tenant.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.PageResponse;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Records privileged actions in the acting transaction, and reads a commune's trail, newest first. */
@Service
public class AuditService {

    /** The actor of what the platform does by itself (the onboarding saga's steps). */
    public static final String PLATFORM = "platform";

    private static final TypeReference<LinkedHashMap<String, String>> DETAIL = new TypeReference<>() {};

    private final AuditRepository entries;
    private final JsonMapper json;

    AuditService(AuditRepository entries, JsonMapper json) {
        this.entries = entries;
        this.json = json;
    }

    /** Records the action; it must run in the action's own transaction, so that both happen or neither does. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(CommuneId commune, String actorId, AuditAction action, Map<String, String> detail) {
        entries.insert(commune, actorId, action, json.writeValueAsString(detail));
    }

    @Transactional(readOnly = true)
    public PageResponse<AuditEntry> page(CommuneId commune, int page, int size) {
        return new PageResponse<>(
                entries.page(commune, page, size, text -> json.readValue(text, DETAIL)),
                page,
                size,
                entries.count(commune));
    }
}
