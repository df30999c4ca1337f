package org.civiclimate.assembly.recommendations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.CsvTable;
import org.civiclimate.platform.web.PageResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The commune's public account of what it did with its assemblies' recommendations: for anyone, signed out. */
@Service
class AccountabilityService {

    /** How many rows the open data reads at a time. */
    private static final int BATCH = 500;

    private final AccountabilityRepository accountability;
    private final RecommendationRepository recommendations;
    private final AssemblyService assemblies;

    AccountabilityService(
            AccountabilityRepository accountability,
            RecommendationRepository recommendations,
            AssemblyService assemblies) {
        this.accountability = accountability;
        this.recommendations = recommendations;
        this.assemblies = assemblies;
    }

    /** Whether the caller, if signed in, follows the adopted recommendation, and how many do. */
    @Transactional(readOnly = true)
    Following following(UUID id, @Nullable Caller caller) {
        get(id);
        var followers = recommendations.followers(id);
        return new Following(caller != null && followers.contains(caller.userId()), followers.size());
    }

    /** The caller follows it (again: nothing changes), to be told of its answer, follow-up and lateness. */
    @Transactional
    Following follow(UUID id, Caller caller) {
        get(id);
        recommendations.follow(CommuneContext.require(), id, caller.userId());
        return following(id, caller);
    }

    @Transactional
    Following unfollow(UUID id, Caller caller) {
        get(id);
        recommendations.unfollow(id, caller.userId());
        return following(id, caller);
    }

    @Transactional(readOnly = true)
    PageResponse<PublicRecommendation> page(PublicFilter filter, int page, int size) {
        var today = assemblies.today();
        return new PageResponse<>(
                accountability.page(filter, today, assemblies.zone(), page, size),
                page,
                size,
                accountability.count(filter, today));
    }

    @Transactional(readOnly = true)
    PublicRecommendation get(UUID id) {
        return accountability
                .find(id, assemblies.today(), assemblies.zone())
                .orElseThrow(RecommendationProblems::recommendationNotFound);
    }

    @Transactional(readOnly = true)
    List<String> topics() {
        return accountability.topics();
    }

    /** Every adopted recommendation, one row each, as the CSV's cells. */
    @Transactional(readOnly = true)
    String csv() {
        var table = CsvTable.withHeader(
                Arrays.stream(OpenDataColumn.values()).map(OpenDataColumn::key).toList());
        for (var recommendation : everything()) {
            table.row(Arrays.stream(OpenDataColumn.values())
                    .map(column -> column.valueOf(recommendation))
                    .toList());
        }
        return table.toString();
    }

    /** Every adopted recommendation as the same columns, keyed by their names. */
    @Transactional(readOnly = true)
    List<Map<String, @Nullable Object>> json() {
        var rows = new ArrayList<Map<String, @Nullable Object>>();
        for (var recommendation : everything()) {
            var row = new LinkedHashMap<String, @Nullable Object>();
            for (var column : OpenDataColumn.values()) {
                row.put(column.key(), column.valueOf(recommendation));
            }
            rows.add(row);
        }
        return rows;
    }

    List<OpenDataColumn.DictionaryEntry> dictionary() {
        return Arrays.stream(OpenDataColumn.values())
                .map(OpenDataColumn::describe)
                .toList();
    }

    private List<PublicRecommendation> everything() {
        var all = new ArrayList<PublicRecommendation>();
        var none = new PublicFilter(null, null, false, null);
        var today = assemblies.today();
        var zone = assemblies.zone();
        for (int page = 0; ; page++) {
            var batch = accountability.page(none, today, zone, page, BATCH);
            all.addAll(batch);
            if (batch.size() < BATCH) {
                return all;
            }
        }
    }
}
