package org.civiclimate.platform.communes;

import java.sql.Array;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.civiclimate.platform.events.OnCloudEvent;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.tenancy.CommuneDirectory;
import org.civiclimate.platform.tenancy.CommuneId;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.ProblemTypes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The communes this service learnt of from tenant-service, kept up to date by its events. */
public class ReplicatedCommunes implements CommuneDirectory {

    private static final Logger log = LoggerFactory.getLogger(ReplicatedCommunes.class);

    private final JdbcClient jdbc;

    ReplicatedCommunes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<Listing> findBySlug(String slug) {
        return jdbc.sql("select id, suspended from known_commune where slug = ?")
                .param(slug)
                .query((rs, _) ->
                        new Listing(new CommuneId(rs.getObject("id", UUID.class)), rs.getBoolean("suspended")))
                .optional();
    }

    public Optional<KnownCommune> find(String slug) {
        return jdbc.sql("select id, slug, name, country, languages from known_commune where slug = ?")
                .param(slug)
                .query((rs, _) -> new KnownCommune(
                        new CommuneId(rs.getObject("id", UUID.class)),
                        rs.getString("slug"),
                        rs.getString("name"),
                        rs.getString("country"),
                        strings(rs.getArray("languages"))))
                .optional();
    }

    public Optional<KnownCommune> find(CommuneId id) {
        return jdbc.sql("select slug from known_commune where id = ?")
                .param(id.value())
                .query(String.class)
                .optional()
                .flatMap(this::find);
    }

    /** Every commune this service knows of, for work done commune by commune (scheduled jobs). */
    public java.util.List<CommuneId> ids() {
        return jdbc.sql("select id from known_commune order by id")
                .query((rs, _) -> new CommuneId(rs.getObject("id", UUID.class)))
                .list();
    }

    /**
     * Does scheduled work commune by commune (row-level security binds one at a time), in batches so that a large one
     * holds no long transaction: {@code batch} runs with each commune bound until it does less than {@code size}
     * (what it returns). One commune's fault (its directory entry half-replicated) is logged, and the others still run.
     *
     * @param what the work, as the log names it: "mandates ended on schedule"
     */
    public void inEachCommune(String what, int size, IntSupplier batch) {
        for (var commune : ids()) {
            try {
                int done;
                do {
                    done = CommuneContext.callAs(commune, batch::getAsInt);
                    if (done > 0) {
                        log.info("{} in commune {}: {}", what, commune.value(), done);
                    }
                } while (done >= size);
            } catch (RuntimeException e) {
                log.warn("{} in commune {} failed: {}", what, commune.value(), e.toString());
            }
        }
    }

    /** The commune, which must be known (the tenancy filter resolved it); a 404 problem otherwise. */
    public KnownCommune require(CommuneId id) {
        return find(id).orElseThrow(() -> new ApiProblem(ProblemTypes.COMMUNE_NOT_FOUND, "No such commune"));
    }

    /** Records a commune, or brings it up to date: replaying the event changes nothing. */
    @OnCloudEvent("commune.provisioned")
    void on(CommuneProvisioned event) {
        jdbc.sql("""
                        insert into known_commune (id, slug, name, country, languages)
                        values (?, ?, ?, ?, ?)
                        on conflict (id) do update
                           set slug = excluded.slug, name = excluded.name,
                               country = excluded.country, languages = excluded.languages""")
                .params(
                        event.communeId(),
                        event.slug(),
                        event.name(),
                        event.country(),
                        event.languages().toArray(String[]::new))
                .update();
    }

    @OnCloudEvent("commune.suspended")
    void on(CommuneSuspended event) {
        suspend(event.communeId(), true);
    }

    @OnCloudEvent("commune.reinstated")
    void on(CommuneReinstated event) {
        suspend(event.communeId(), false);
    }

    private void suspend(UUID commune, boolean suspended) {
        jdbc.sql("update known_commune set suspended = ? where id = ?")
                .params(suspended, commune)
                .update();
    }

    private static List<String> strings(Array array) throws SQLException {
        return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
    }
}
