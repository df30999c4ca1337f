package org.civiclimate.tenant.commune.domain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.civiclimate.platform.web.FieldCode;
import org.civiclimate.platform.web.FieldProblem;
import org.civiclimate.platform.web.TextRules;
import org.jspecify.annotations.Nullable;

/**
 * A change of a commune's details as a JSON merge patch (RFC 7396) gives it: a field left out stays as it is, a
 * {@code null} description or postal code list is removed; the slug, country and official code never change. Each
 * component is null when the patch leaves it out.
 */
public record CommuneDetailsChange(
        @Nullable String name,
        @Nullable Integer population,
        @Nullable String contactEmail,
        @Nullable List<Language> languages,
        @Nullable List<String> postalCodes,
        boolean descriptionChanged,
        @Nullable String description) {

    public static final int MAX_NAME = 200;
    /** RFC 5321's path limit, as the tables' checks. */
    public static final int MAX_EMAIL = 254;

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_LANGUAGES = 4;
    private static final List<String> IMMUTABLE = List.of("slug", "country", "officialCode");
    private static final Pattern ONE_LINE = Pattern.compile(TextRules.ONE_LINE);
    /**
     * Hidden controls other than line breaks and tabs: a description has paragraphs, not escape codes. Found, not
     * matched, so that long texts cost no recursion.
     */
    private static final Pattern NOT_TEXT = Pattern.compile("[" + TextRules.HIDDEN_CONTROLS + "&&[^\\n\\r\\t]]");

    /** As creation's {@code @Email} in spirit: one {@literal @}, then a domain of labels; nothing hidden. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s" + TextRules.HIDDEN_CONTROLS
            + "]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+");

    /** The change a patch asks for, or every field's problem with it. */
    public sealed interface Parsed {
        record Valid(CommuneDetailsChange change) implements Parsed {}

        record Invalid(List<FieldProblem> problems) implements Parsed {}
    }

    public static Parsed parse(Map<String, ? extends @Nullable Object> patch) {
        var problems = new ArrayList<FieldProblem>();
        for (String field : IMMUTABLE) {
            if (patch.containsKey(field)) {
                problems.add(new FieldProblem(field, FieldCode.IMMUTABLE, "cannot be changed"));
            }
        }
        String name = null;
        if (patch.containsKey("name")) {
            name = text(patch.get("name"), "name", problems);
            if (name != null && name.isEmpty()) {
                problems.add(new FieldProblem("name", FieldCode.REQUIRED, "must not be blank"));
            } else if (name != null && name.length() > MAX_NAME) {
                problems.add(tooLong("name", MAX_NAME));
            } else if (name != null && !ONE_LINE.matcher(name).matches()) {
                problems.add(new FieldProblem("name", FieldCode.ONE_LINE, TextRules.ONE_LINE_MESSAGE));
            }
        }
        Integer population = null;
        if (patch.containsKey("population")) {
            Object value = patch.get("population");
            if (value instanceof Integer number) {
                population = number;
                if (number < 1) {
                    problems.add(new FieldProblem(
                            "population", FieldCode.TOO_SMALL, Map.of("min", 1), "must be at least 1"));
                } else if (number > Commune.MAX_POPULATION) {
                    problems.add(new FieldProblem(
                            "population",
                            FieldCode.TOO_LARGE,
                            Map.of("max", Commune.MAX_POPULATION),
                            "must be at most " + Commune.MAX_POPULATION));
                }
            } else {
                problems.add(value == null ? cannotBeRemoved("population") : wrongType("population", "a whole number"));
            }
        }
        String contactEmail = null;
        if (patch.containsKey("contactEmail")) {
            contactEmail = text(patch.get("contactEmail"), "contactEmail", problems);
            if (contactEmail != null && contactEmail.isEmpty()) {
                problems.add(new FieldProblem("contactEmail", FieldCode.REQUIRED, "must not be blank"));
            } else if (contactEmail != null && contactEmail.length() > MAX_EMAIL) {
                problems.add(tooLong("contactEmail", MAX_EMAIL));
            } else if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
                problems.add(new FieldProblem("contactEmail", FieldCode.EMAIL, "must be an email address"));
            }
        }
        List<Language> languages = null;
        if (patch.containsKey("languages")) {
            languages = languages(patch.get("languages"), problems);
        }
        List<String> postalCodes = null;
        if (patch.containsKey("postalCodes")) {
            postalCodes = postalCodes(patch.get("postalCodes"), problems);
        }
        boolean descriptionChanged = patch.containsKey("description");
        String description = null;
        if (descriptionChanged && patch.get("description") != null) {
            if (patch.get("description") instanceof String given) {
                description = given.strip().isEmpty() ? null : given.strip();
                if (given.strip().length() > MAX_DESCRIPTION) {
                    problems.add(tooLong("description", MAX_DESCRIPTION));
                } else if (NOT_TEXT.matcher(given).find()) {
                    problems.add(new FieldProblem(
                            "description",
                            FieldCode.FORMAT,
                            "must not contain control characters other than line breaks"));
                }
            } else {
                problems.add(wrongType("description", "text"));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed.Invalid(problems);
        }
        return new Parsed.Valid(new CommuneDetailsChange(
                name, population, contactEmail, languages, postalCodes, descriptionChanged, description));
    }

    /** Whether the patch changes nothing at all. */
    public boolean isEmpty() {
        return name == null
                && population == null
                && contactEmail == null
                && languages == null
                && postalCodes == null
                && !descriptionChanged;
    }

    private static @Nullable String text(@Nullable Object value, String field, List<FieldProblem> problems) {
        if (value instanceof String text) {
            return text.strip();
        }
        problems.add(value == null ? cannotBeRemoved(field) : wrongType(field, "text"));
        return null;
    }

    private static @Nullable List<Language> languages(@Nullable Object value, List<FieldProblem> problems) {
        if (!(value instanceof List<?> given)) {
            problems.add(value == null ? cannotBeRemoved("languages") : wrongType("languages", "a list of languages"));
            return null;
        }
        if (given.isEmpty()) {
            problems.add(new FieldProblem("languages", FieldCode.REQUIRED, "must list at least one language"));
            return null;
        }
        if (given.size() > MAX_LANGUAGES) {
            problems.add(new FieldProblem(
                    "languages",
                    FieldCode.TOO_LONG,
                    Map.of("max", MAX_LANGUAGES),
                    "must list at most " + MAX_LANGUAGES + " languages"));
            return null;
        }
        var allowed = Arrays.stream(Language.values()).map(Language::code).toList();
        var languages = new ArrayList<Language>();
        for (int i = 0; i < given.size(); i++) {
            Optional<Language> language =
                    given.get(i) instanceof String code ? Language.ofCode(code) : Optional.empty();
            if (language.isEmpty()) {
                problems.add(FieldProblem.oneOf(
                        "languages[" + i + "]", allowed, "must be one of " + String.join(", ", allowed)));
            } else {
                languages.add(language.get());
            }
        }
        if (languages.size() == given.size() && new HashSet<>(languages).size() != languages.size()) {
            problems.add(new FieldProblem("languages", FieldCode.DUPLICATE, "must not list a language twice"));
        }
        return languages;
    }

    private static @Nullable List<String> postalCodes(@Nullable Object value, List<FieldProblem> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> given)) {
            problems.add(wrongType("postalCodes", "a list of postal codes"));
            return null;
        }
        var codes = new ArrayList<String>();
        for (int i = 0; i < given.size(); i++) {
            String field = "postalCodes[" + i + "]";
            if (given.get(i) instanceof String code) {
                String stripped = code.strip();
                PostalCodes.problemWith(field, stripped).ifPresent(problems::add);
                codes.add(stripped);
            } else {
                problems.add(wrongType(field, "text"));
                codes.add("");
            }
        }
        PostalCodes.problemWithList("postalCodes", codes).ifPresent(problems::add);
        return codes;
    }

    /** A null for a field a commune must have: merge patch's way of removing it. */
    private static FieldProblem cannotBeRemoved(String field) {
        return new FieldProblem(field, FieldCode.REQUIRED, "cannot be removed");
    }

    private static FieldProblem wrongType(String field, String expected) {
        return new FieldProblem(field, FieldCode.INVALID_TYPE, "must be " + expected);
    }

    private static FieldProblem tooLong(String field, int max) {
        return new FieldProblem(
                field, FieldCode.TOO_LONG, Map.of("max", max), "must have at most " + max + " characters");
    }
}
