package org.civiclimate.assembly.draws;

import jakarta.validation.Validator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;
import org.civiclimate.assembly.assemblies.AssemblyService;
import org.civiclimate.assembly.draws.domain.Quota;
import org.civiclimate.platform.communes.CommuneAccess;
import org.civiclimate.platform.security.Caller;
import org.civiclimate.platform.tenancy.CommuneContext;
import org.civiclimate.platform.web.ApiProblem;
import org.civiclimate.platform.web.FieldChecks;
import org.civiclimate.platform.web.FieldCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stage 1 and 2 of a draw whose register stays outside the platform (DOMAIN.md, sortition): staff ask for the letters
 * to send, each with a code, and download them as a mail-merge CSV; the person who receives one signs up on the public
 * page with its code (one sign-up per letter, one per address and household), their feature values and their consent.
 */
@Service
public class SignUpService {

    static final int MAX_LETTERS = 200_000;

    private final DrawRepository draws;
    private final DrawService drawService;
    private final InvitationRepository invitations;
    private final RegisterService registers;
    private final AssemblyService assemblies;
    private final CommuneAccess access;
    private final Validator validator;
    private final Clock clock;
    private final String webUrl;

    SignUpService(
            DrawRepository draws,
            DrawService drawService,
            InvitationRepository invitations,
            RegisterService registers,
            AssemblyService assemblies,
            CommuneAccess access,
            Validator validator,
            Clock clock,
            @Value("${civiclimate.notifications.web-url:http://localhost:8080}") String webUrl) {
        this.draws = draws;
        this.drawService = drawService;
        this.invitations = invitations;
        this.registers = registers;
        this.assemblies = assemblies;
        this.access = access;
        this.validator = validator;
        this.clock = clock;
        this.webUrl = webUrl;
    }

    /**
     * Adds the letters to the draw's, each with a fresh code, and opens its sign-up until the time given: a draw in
     * preparation with its quotas set (they name the features asked), at most {@value #MAX_LETTERS} letters in all.
     */
    @Transactional
    public DrawView invite(UUID assembly, UUID draw, InvitationRequest request, Caller caller) {
        access.requireStaff(caller);
        var found = draws.lock(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
        var checks = FieldChecks.of(validator, request);
        checks.throwIfAny();
        if (!found.status().editable()) {
            throw new ApiProblem(
                    DrawProblems.DRAW_NOT_EDITABLE,
                    "The draw is " + found.status().name().toLowerCase(Locale.ROOT));
        }
        checkUntil(request.signUpUntil(), checks);
        int first = invitations.lastLetter(draw) + 1;
        if (first - 1 + request.letters() > MAX_LETTERS) {
            checks.add(
                    "letters",
                    FieldCode.TOO_LARGE,
                    Map.of("max", MAX_LETTERS - first + 1),
                    "the draw may have " + MAX_LETTERS + " letters in all");
        }
        if (draws.quotas(draw).isEmpty()) {
            checks.add("quotas", FieldCode.REQUIRED, "set the quotas first: they name what the sign-up asks");
        }
        checks.throwIfAny();
        var register = registers.register(draw);
        boolean byDistrict = Boolean.TRUE.equals(request.byDistrict());
        if (register.isPresent()) {
            checkRegister(register.get(), request, checks);
        } else if (byDistrict) {
            checks.add("byDistrict", FieldCode.INVALID, "only letters drawn from an uploaded register go by district");
        }
        checks.throwIfAny();
        var letters = new ArrayList<InvitationRepository.Letter>();
        if (register.isPresent()) {
            for (var household : registers.drawHouseholds(found, request.letters(), byDistrict)) {
                letters.add(new InvitationRepository.Letter(
                        PoolCsv.pseudonym(), household.household(), household.district()));
            }
        } else {
            for (int i = 0; i < request.letters(); i++) {
                letters.add(new InvitationRepository.Letter(PoolCsv.pseudonym(), null, null));
            }
        }
        addLetters(draw, letters);
        invitations.openUntil(draw, request.signUpUntil());
        return drawService.get(assembly, draw, caller);
    }

    /** Moves the closing time of a draw's sign-up (one with letters, in preparation), within the coming year. */
    @Transactional
    public DrawView moveSignUp(UUID assembly, UUID draw, SignUpUntilRequest request, Caller caller) {
        access.requireStaff(caller);
        drawService.editable(assembly, draw);
        var checks = FieldChecks.of(validator, request);
        checks.throwIfAny();
        checkUntil(request.signUpUntil(), checks);
        if (invitations.count(draw) == 0) {
            checks.add("letters", FieldCode.REQUIRED, "make the letters first: they open the sign-up");
        }
        checks.throwIfAny();
        invitations.openUntil(draw, request.signUpUntil());
        return drawService.get(assembly, draw, caller);
    }

    private void checkUntil(OffsetDateTime until, FieldChecks checks) {
        var now = now();
        if (!until.isAfter(now) || until.isAfter(now.plusYears(1))) {
            checks.add("signUpUntil", FieldCode.INVALID, "must be within the coming year");
        }
    }

    /** Letters drawn from a register: once, no more than it has households, by district only if it has some. */
    private static void checkRegister(DrawRegister register, InvitationRequest request, FieldChecks checks) {
        if (register.lettersByDistrict() != null) {
            throw new ApiProblem(DrawProblems.LETTERS_DRAWN, "The letters were drawn from the register already");
        }
        if (request.letters() > register.households()) {
            checks.add(
                    "letters",
                    FieldCode.TOO_LARGE,
                    Map.of("max", register.households()),
                    "the register has " + register.households() + " households");
        }
        boolean districts = register.districts().stream()
                .anyMatch(district -> !district.district().isEmpty());
        if (Boolean.TRUE.equals(request.byDistrict()) && !districts) {
            checks.add("byDistrict", FieldCode.INVALID, "the register has no district column");
        }
    }

    /**
     * Adds the letters a thousand at a time, each with its code: 50 random bits in base32, as a pseudonym, so that a
     * code cannot be guessed among the letters sent; one that another letter has already is drawn again.
     */
    private void addLetters(UUID draw, List<InvitationRepository.Letter> letters) {
        var commune = CommuneContext.require();
        for (int from = 0; from < letters.size(); from += 1000) {
            var pending = letters.subList(from, Math.min(letters.size(), from + 1000));
            while (!pending.isEmpty()) {
                pending = invitations.insert(commune, draw, pending).stream()
                        .map(clash -> new InvitationRepository.Letter(
                                PoolCsv.pseudonym(), clash.household(), clash.district()))
                        .toList();
            }
        }
    }

    /**
     * The letters as a mail-merge CSV (letter number, code, the sign-up page's link with the code), written as they
     * are read: 200,000 letters are never held in memory.
     */
    @Transactional(readOnly = true)
    public void writeLetters(UUID assembly, UUID draw, String slug, Caller caller, Supplier<Writer> opened) {
        access.requireStaff(caller);
        draws.find(assembly, draw).orElseThrow(DrawProblems::drawNotFound);
        var out = opened.get();
        String page = webUrl + "/communes/" + slug + "/draws/" + draw + "/sign-up?code=";
        write(out, "letter,code,sign_up_link");
        invitations.eachLetter(draw, (letter, code) -> write(out, letter + "," + code + "," + page + code));
    }

    /** What the public sign-up page asks; 404 unless the draw has letters and is in preparation. */
    @Transactional(readOnly = true)
    public PublicSignUp form(UUID draw) {
        var found = withLetters(draw);
        var values = featureValues(draw);
        var until = Objects.requireNonNull(found.signUpUntil());
        return new PublicSignUp(
                draw,
                found.title(),
                assemblies.get(found.assemblyId()).name(),
                values.entrySet().stream()
                        .map(entry -> new PublicSignUp.FeatureChoice(entry.getKey(), List.copyOf(entry.getValue())))
                        .toList(),
                until,
                found.status().editable() && until.isAfter(now()));
    }

    /**
     * Signs a person up with their letter's code, all checks first: a value the draw knows for each of its features,
     * an address and a household not signed up yet, and an unused code of this draw's letters (all named as fields;
     * a code wrong or used gets the same answer).
     */
    @Transactional
    public SignedUp signUp(UUID draw, SignUpRequest request) {
        var found = withLetters(draw);
        var locked = draws.lock(found.assemblyId(), draw).orElseThrow(DrawProblems::drawNotFound);
        var until = locked.signUpUntil();
        if (!locked.status().editable() || until == null || !until.isAfter(now())) {
            throw new ApiProblem(DrawProblems.SIGN_UP_CLOSED, "The sign-up for this draw is closed");
        }
        var checks = FieldChecks.of(validator, request);
        var features = new LinkedHashMap<String, String>();
        if (checks.isFine("features")) {
            for (var feature : featureValues(draw).entrySet()) {
                String given = request.features().get(feature.getKey());
                String field = "features." + feature.getKey();
                if (given == null || given.isBlank()) {
                    checks.add(field, FieldCode.REQUIRED, "is required");
                } else if (!feature.getValue().contains(given)) {
                    checks.add(
                            field,
                            FieldCode.ONE_OF,
                            Map.of("allowed", feature.getValue()),
                            "must be one of " + feature.getValue());
                } else {
                    features.put(feature.getKey(), given);
                }
            }
        }
        // The code first, and alone when it is not a letter's unused one: no one learns without a letter who signed up.
        String code = request.code() == null
                ? ""
                : request.code().replaceAll("[ -]", "").toUpperCase(Locale.ROOT);
        if (checks.isFine("code") && !invitations.usable(draw, code)) {
            throw ApiProblem.invalidField(
                    "code", FieldCode.NOT_FOUND, "is not the code of an unused letter of this draw");
        }
        String email = request.email() == null ? "" : request.email().strip();
        if (checks.isFine("email") && invitations.emailTaken(draw, email)) {
            checks.add("email", FieldCode.DUPLICATE, "has signed up for this draw already");
        }
        String household = request.household() == null || request.household().isBlank()
                ? null
                : request.household().strip();
        if (household != null && checks.isFine("household") && invitations.householdTaken(draw, household)) {
            checks.add("household", FieldCode.DUPLICATE, "has a member signed up for this draw already");
        }
        checks.throwIfAny();
        Integer letter = invitations.use(draw, code, now());
        if (letter == null) {
            throw ApiProblem.invalidField(
                    "code", FieldCode.NOT_FOUND, "is not the code of an unused letter of this draw");
        }
        var row = new PoolCsv.Row(PoolCsv.pseudonym(), request.name().strip(), email, household, features);
        invitations.signUp(CommuneContext.require(), draw, row, letter, now());
        return new SignedUp(draw, row.pseudonym());
    }

    /** Each feature the draw stratifies on, with its values, in the quotas' order. */
    private Map<String, List<String>> featureValues(UUID draw) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Quota quota : draws.quotas(draw)) {
            values.computeIfAbsent(quota.feature(), _ -> new ArrayList<>()).add(quota.value());
        }
        return values;
    }

    private DrawRepository.Draw withLetters(UUID draw) {
        var found = draws.find(draw).orElseThrow(DrawProblems::drawNotFound);
        if (found.signUpUntil() == null) {
            throw DrawProblems.drawNotFound();
        }
        return found;
    }

    private static void write(Writer out, String line) {
        try {
            out.write(line);
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
