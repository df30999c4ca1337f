package org.civiclimate.assembly.draws;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.civiclimate.assembly.draws.domain.HouseholdLottery;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.CsvTable;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.ProblemTypes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 1 of a draw with the register uploaded (DOMAIN.md, sortition): staff upload the register, the letters are
 * drawn from it by {@link HouseholdLottery} with the draw's seed, staff export them once as a mail merge with names
 * and addresses, and the names and addresses are deleted with that export: the register's hash and counts stay, and
 * are public.
 */
@Service
public class RegisterService {

    static final int MAX_ROWS = 1_000_000;
    private static final int BATCH = 1000;

    private final DrawService drawService;
    private final RegisterRepository registers;
    private final InvitationRepository invitations;
    private final CommuneAccess access;
    private final Clock clock;
    private final String webUrl;

    RegisterService(
            DrawService drawService,
            RegisterRepository registers,
            InvitationRepository invitations,
            CommuneAccess access,
            Clock clock,
            @Value("${civiclimate.notifications.web-url:http://localhost:8080}") String webUrl) {
        this.drawService = drawService;
        this.registers = registers;
        this.invitations = invitations;
        this.access = access;
        this.clock = clock;
        this.webUrl = webUrl;
    }

    /** Staff of the commune, and a draw of the assembly: checked before an upload's body is read. */
    @Transactional(readOnly = true)
    public void requireUploader(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        drawService.find(assembly, draw);
    }

    /**
     * Replaces the draw's register with the CSV file (UTF-8), read row by row, every row or none (a household on
     * several lines keeps its first line), while no letter was drawn from it.
     */
    @Transactional
    public DrawView upload(UUID assembly, UUID draw, Path file, Caller caller) throws IOException {
        access.requireStaff(caller);
        drawService.editable(assembly, draw);
        if (invitations.count(draw) > 0) {
            throw new ApiProblem(
                    DrawProblems.LETTERS_DRAWN, "The draw has letters already: its register cannot change");
        }
        var commune = CommuneContext.require();
        registers.clear(draw);
        var batch = new ArrayList<RegisterCsv.Household>(BATCH);
        RegisterCsv.Read read;
        try (var body = Files.newInputStream(file)) {
            read = RegisterCsv.read(CsvSheet.utf8(body), MAX_ROWS, household -> {
                batch.add(household);
                if (batch.size() == BATCH) {
                    registers.insert(commune, draw, batch);
                    batch.clear();
                }
            });
        }
        if (!read.problems().isEmpty()) {
            // The transaction rolls back what was inserted before the fault.
            throw new ApiProblem(
                    ProblemTypes.INVALID_REQUEST,
                    read.problems().getFirst().detail()
                            + (read.problems().size() > 1
                                    ? " (and " + (read.problems().size() - 1) + " more)"
                                    : ""),
                    read.problems());
        }
        if (!batch.isEmpty()) {
            registers.insert(commune, draw, batch);
        }
        if (read.rows() == 0) {
            throw ApiProblem.invalidField("register", FieldCode.REQUIRED, "has no household");
        }
        var households = registers.countHouseholds(draw);
        String hash = sha256(file);
        registers.saveSummary(draw, hash, read.rows(), households, now());
        return drawService.get(assembly, draw, caller);
    }

    /** What stays of the draw's register, if it has one. */
    Optional<DrawRegister> register(UUID draw) {
        return registers.summary(draw);
    }

    /**
     * Draws the households the letters go to, for {@link SignUpService#invite}, which checked the request and holds
     * the draw's lock: {@code letters} households with the draw's seed, in proportion to each district's if asked,
     * in the lottery's order.
     */
    List<HouseholdLottery.Drawn> drawHouseholds(DrawRepository.Draw draw, int letters, boolean byDistrict) {
        var lottery = byDistrict
                ? HouseholdLottery.byDistrict(
                        draw.seed(), HouseholdLottery.allocate(registers.countHouseholds(draw.id()), letters))
                : HouseholdLottery.ofRegister(draw.seed(), letters);
        registers.eachHousehold(draw.id(), lottery::offer);
        registers.drawnBy(draw.id(), byDistrict);
        return lottery.drawn();
    }

    /**
     * The letters with their addressees as a mail-merge CSV (with a byte order mark, so that a spreadsheet reads the
     * accents), written as they are read; as often as staff need it, until they delete the register (410 after).
     */
    @Transactional
    public void writeMailMerge(UUID assembly, UUID draw, String slug, Caller caller, Supplier<Writer> opened) {
        access.requireStaff(caller);
        // Locked as a deletion locks it: a file is whole, or the register is gone (410), never half.
        drawService.lock(assembly, draw);
        var register = registers
                .summary(draw)
                .orElseThrow(() -> ApiProblem.invalidField(
                        "register", FieldCode.REQUIRED, "upload the register and draw the letters first"));
        if (register.deletedAt() != null) {
            throw new ApiProblem(
                    DrawProblems.REGISTER_DELETED,
                    "The register's names and addresses were deleted on " + register.deletedAt());
        }
        if (register.lettersByDistrict() == null) {
            throw ApiProblem.invalidField("letters", FieldCode.REQUIRED, "draw the letters first");
        }
        var out = opened.get();
        String page = webUrl + "/communes/" + slug + "/draws/" + draw + "/sign-up?code=";
        write(out, "\uFEFF" + CsvTable.line(List.of("letter", "code", "sign_up_link", "name", "address", "district")));
        registers.eachMailMerge(
                draw,
                letter -> write(
                        out,
                        CsvTable.line(Arrays.asList(
                                letter.letter(),
                                letter.code(),
                                page + letter.code(),
                                letter.name(),
                                letter.address(),
                                letter.district()))));
    }

    /**
     * Deletes the register's names and addresses, whatever the draw's state (once the letters are printed, or uploaded
     * by mistake); a register no letter was drawn from goes whole, as if never uploaded. Deleting again changes
     * nothing.
     */
    @Transactional
    public DrawView delete(UUID assembly, UUID draw, Caller caller) {
        access.requireStaff(caller);
        drawService.lock(assembly, draw);
        var register = registers
                .summary(draw)
                .orElseThrow(() -> new ApiProblem(ProblemTypes.NOT_FOUND, "The draw has no register"));
        if (register.lettersByDistrict() == null) {
            registers.forget(draw);
        } else if (register.deletedAt() == null) {
            registers.deletePersonalData(draw, now());
        }
        return drawService.get(assembly, draw, caller);
    }

    private static String sha256(Path file) throws IOException {
        try (var in = new DigestInputStream(Files.newInputStream(file), sha256())) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        }
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
