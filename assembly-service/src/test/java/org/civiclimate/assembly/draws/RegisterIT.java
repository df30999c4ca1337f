package org.civiclimate.assembly.draws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.civiclimate.assembly.SeatedAssembly;
import org.civiclimate.assembly.draws.domain.HouseholdLottery;
import org.civiclimate.platform.test.ApiClient;
import org.civiclimate.platform.test.RealInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Stage 1 with the register uploaded, through HTTP with the real database: the register streams in (every row or
 * none), the letters go to the households of lowest rank under the draw's seed (by district if asked), the mail merge
 * with names and addresses comes out once, and with it the names and addresses are gone for good, the hash and
 * counts staying.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@RealInfrastructure(keycloak = true)
class RegisterIT {

    private static final String SEED = "Lotto 2027-01-09";

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    SeatedAssembly a;
    String draw;
    String drawId;

    @BeforeEach
    void aDrawWithQuotas() throws Exception {
        a = SeatedAssembly.create(dataSource, port);
        String draws = "/api/communes/" + a.slug() + "/assembly/assemblies/" + a.assembly() + "/draws";
        var created = a.facilitator().post(draws, """
                {"title": "Panel 2027", "panelSize": 2, "reserveCount": 0, "algorithm": "LEXIMIN",
                 "seed": "%s", "seedSource": "the national lottery of 9 January 2027"}""".formatted(SEED));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        drawId = created.json("$.id");
        draw = draws + "/" + drawId;
        var quotas = a.facilitator().send("PUT", draw + "/quotas", "application/json", """
                {"quotas": [{"feature": "gender", "value": "F", "min": 1, "max": 1},
                            {"feature": "gender", "value": "M", "min": 1, "max": 1}]}""");
        assertThat(quotas.status()).as(quotas.toString()).isEqualTo(200);
    }

    @Test
    void lettersGoToTheLowestRanksByDistrictAndTheMailMergeDeletesTheRegister() throws Exception {
        // A spreadsheet's export: semicolons, a byte order mark, a household on two lines, a name a spreadsheet would
        // run as a formula.
        var register = new StringBuilder("\uFEFFhousehold;name;address;district;age\n");
        for (int i = 1; i <= 60; i++) {
            register.append(
                    "H%02d;Resident H%02d;%d Rue Haute;%s;40\n".formatted(i, i, i, i <= 40 ? "North" : "South"));
        }
        register.append("H01;Second resident;1 Rue Haute;North;12\n");
        register.append("H61;=HYPERLINK(\"http://x\");\"61 Rue Haute, box 2\";South;30\n");
        byte[] bytes = register.toString().getBytes(StandardCharsets.UTF_8);

        assertThat(a.citizen()
                        .send("PUT", draw + "/register", "text/csv", register.toString())
                        .status())
                .isEqualTo(403);
        var uploaded = a.facilitator().send("PUT", draw + "/register", "text/csv", register.toString());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.<String>json("$.register.sha256"))
                .isEqualTo(HexFormat.of()
                        .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(uploaded.<Integer>json("$.register.rows")).isEqualTo(62);
        assertThat(uploaded.<Integer>json("$.register.households")).isEqualTo(61);
        assertThat(uploaded.<List<String>>json("$.register.districts[*].district"))
                .containsExactly("North", "South");
        assertThat(uploaded.<List<Integer>>json("$.register.districts[*].households"))
                .containsExactly(40, 21);

        var tooMany = invite(62, true);
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("\"letters\"");
        var invited = invite(10, true);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(invited.<Integer>json("$.letters")).isEqualTo(10);
        // 10 letters for 40 and 21 households: 6.56 and 3.44, rounded by largest remainder.
        assertThat(invited.<List<Integer>>json("$.register.districts[*].letters"))
                .containsExactly(7, 3);
        assertThat(invited.<Boolean>json("$.register.lettersByDistrict")).isTrue();
        assertThat(invite(1, false).problem()).as("one lottery per register").isEqualTo("letters-drawn");
        assertThat(a.facilitator()
                        .send("PUT", draw + "/register", "text/csv", register.toString())
                        .problem())
                .isEqualTo("letters-drawn");

        assertThat(a.citizen().get(draw + "/register/mail-merge").status()).isEqualTo(403);
        var merge = a.facilitator().get(draw + "/register/mail-merge");
        assertThat(merge.status()).as(merge.toString()).isEqualTo(200);
        assertThat(merge.header("Content-Type")).startsWith("text/csv");
        assertThat(merge.body())
                .as("a byte order mark, for the spreadsheet to read the accents")
                .startsWith("\uFEFF");
        assertThat(a.facilitator().get(draw + "/register/mail-merge").body())
                .as("downloaded again, until the register is deleted")
                .isEqualTo(merge.body());
        var lines = merge.body().substring(1).lines().toList();
        assertThat(lines).hasSize(11).first().isEqualTo("letter,code,sign_up_link,name,address,district");
        var households = lines.stream()
                .skip(1)
                .map(line -> line.split(",")[3])
                .map(name -> name.startsWith("Resident ") ? name.substring("Resident ".length()) : "H61")
                .toList();
        assertThat(households.subList(0, 7))
                .as("North's lowest ranks")
                .containsExactlyElementsOf(lowestRanks(1, 40, 7));
        assertThat(households.subList(7, 10))
                .as("South's lowest ranks")
                .containsExactlyElementsOf(lowestRanks(41, 61, 3));
        assertThat(merge.body()).doesNotContain("Second resident");
        if (households.contains("H61")) {
            assertThat(merge.body())
                    .as("a formula is shown, never run")
                    .contains("\"'=HYPERLINK(\"\"http://x\"\")\",\"61 Rue Haute, box 2\",South");
        }

        // The draw does not run while the names and addresses are held; deleted, they are gone for good.
        var run = a.facilitator().post(draw + "/run", "");
        assertThat(run.status()).isEqualTo(409);
        assertThat(run.problem()).isEqualTo("register-held");
        assertThat(a.citizen().send("DELETE", draw + "/register", null, "").status())
                .isEqualTo(403);
        var deleted = a.facilitator().send("DELETE", draw + "/register", null, "");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(a.facilitator().send("DELETE", draw + "/register", null, "").status())
                .as("deleting again changes nothing")
                .isEqualTo(200);
        var after = a.facilitator().get(draw);
        assertThat(after.<String>json("$.register.deletedAt")).isNotNull();
        assertThat(after.<Integer>json("$.register.households")).isEqualTo(61);
        assertThat(after.<Integer>json("$.letters")).isEqualTo(10);
        assertThat(rowsHolding("select count(*) from draw_register where draw_id = ?::uuid"))
                .isZero();
        assertThat(rowsHolding(
                        "select count(*) from draw_invitation where draw_id = ?::uuid and household is not null"))
                .isZero();
        var again = a.facilitator().get(draw + "/register/mail-merge");
        assertThat(again.status()).isEqualTo(410);
        assertThat(again.problem()).isEqualTo("register-deleted");
        // The letters' codes still sign people up.
        String code = lines.get(1).split(",")[1];
        var signUp = ApiClient.at("http://127.0.0.1:" + port)
                .post("/api/public/communes/" + a.slug() + "/assembly/draws/" + drawId + "/sign-up", """
                        {"code": "%s", "name": "Resident", "email": "r@example.org", "features": {"gender": "F"},
                         "consent": true}""".formatted(
                                code));
        assertThat(signUp.status()).as(signUp.toString()).isEqualTo(201);
    }

    @Test
    void aBadRowRefusesTheWholeRegisterNamingItsLineAndColumn() throws Exception {
        var missing = a.facilitator().send("PUT", draw + "/register", "text/csv", "household,name\nH1,Ann\n");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("register[1].address");
        var bad = a.facilitator().send("PUT", draw + "/register", "text/csv", """
                household,name,address
                H1,Ann,1 Main Street
                H2,,2 Main Street
                H3,Cy,"3 Main
                """);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("register[3].name").contains("register[4]");
        assertThat(a.facilitator().get(draw).<Object>json("$.register")).isNull();
        assertThat(rowsHolding("select count(*) from draw_register where draw_id = ?::uuid"))
                .as("nothing half-written")
                .isZero();
        assertThat(a.facilitator()
                        .send("PUT", draw + "/register", "text/csv", "household,name,address\n")
                        .problem())
                .isEqualTo("invalid-request");
        assertThat(invite(1, true).body()).as("no register: no district").contains("\"byDistrict\"");

        // A register uploaded by mistake goes whole, as if never uploaded.
        var uploaded = a.facilitator().send("PUT", draw + "/register", "text/csv", "id,name,address\nH1,Ann,1 Main\n");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(invite(1, true).body()).as("no district column").contains("\"byDistrict\"");
        var deleted = a.facilitator().send("DELETE", draw + "/register", null, "");
        assertThat(deleted.status()).as(deleted.toString()).isEqualTo(200);
        assertThat(deleted.<Object>json("$.register")).isNull();
        assertThat(rowsHolding("select count(*) from draw_register where draw_id = ?::uuid"))
                .isZero();
    }

    @Test
    void aRegisterOfTwoHundredThousandRowsStreamsIn() {
        var register = new StringBuilder("household,name,address,district\n");
        for (int i = 0; i < 200_000; i++) {
            register.append("HH-")
                    .append(i)
                    .append(",Resident ")
                    .append(i)
                    .append(',')
                    .append(i)
                    .append(" Chaussée de Waterloo,")
                    .append("District ")
                    .append(i % 7)
                    .append('\n');
        }
        var uploaded = a.facilitator().send("PUT", draw + "/register", "text/csv", register.toString());
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
        assertThat(uploaded.<Integer>json("$.register.households")).isEqualTo(200_000);
        var invited = invite(3000, true);
        assertThat(invited.status()).as(invited.toString()).isEqualTo(200);
        assertThat(invited.<List<Integer>>json("$.register.districts[*].letters"))
                .as("3,000 letters over 7 districts of 28,571 or 28,572 households")
                .allSatisfy(letters -> assertThat(letters).isBetween(428, 429));
        var merge = a.facilitator().get(draw + "/register/mail-merge");
        assertThat(merge.body().lines().count()).isEqualTo(3001);
    }

    /** The households of these numbers with the lowest ranks under the draw's seed, by rank. */
    private static List<String> lowestRanks(int from, int to, int letters) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(i -> "H%02d".formatted(i))
                .sorted(Comparator.comparing(household -> HouseholdLottery.rank(SEED, household)))
                .limit(letters)
                .toList();
    }

    private ApiClient.Response invite(int letters, boolean byDistrict) {
        return a.facilitator()
                .post(
                        draw + "/invitations",
                        "{\"letters\": %d, \"signUpUntil\": \"%s\", \"byDistrict\": %s}"
                                .formatted(letters, OffsetDateTime.now().plusDays(14), byDistrict));
    }

    /** A count over the commune's rows, as row-level security lets the commune see them. */
    private long rowsHolding(String sql) throws Exception {
        try (var connection = dataSource.getConnection();
                var bind = connection.prepareStatement("select set_config('app.commune_id', ?, true)");
                var count = connection.prepareStatement(sql)) {
            connection.setAutoCommit(false);
            bind.setString(1, a.commune().toString());
            bind.execute();
            count.setString(1, drawId);
            try (var rows = count.executeQuery()) {
                rows.next();
                long found = rows.getLong(1);
                connection.commit();
                return found;
            }
        }
    }
}
