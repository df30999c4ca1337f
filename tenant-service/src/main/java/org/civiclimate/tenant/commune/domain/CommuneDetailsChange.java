package org.civiclimate.tenant.commune.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
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

    public static final int MAX_DESCRIPTION = 2000;
    public static final int MAX_LANGUAGES = 4;
    private static final Set<String> IMMUTABLE = Set.of("slug", "country", "officialCode");
    private static final Pattern ONE_LINE = Pattern.compile("[^\\p{Cntrl}]*");
    /** Control characters other than line breaks and tabs: a description has paragraphs, not escape codes. */
    private static final Pattern TEXT = Pattern.compile("(?:[^\\p{Cntrl}]|[\\n\\r\\t])*");

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+");

    /** The change a patch asks for, or every field's problem with it (a field's name and what is wrong). */
    public sealed interface Parsed {
        record Valid(CommuneDetailsChange change) implements Parsed {}

        record Invalid(Map<String, String> problems) implements Parsed {}
    }

    public static Parsed parse(Map<String, ? extends @Nullable Object> patch) {
        var problems = new LinkedHashMap<String, String>();
        for (String field : IMMUTABLE) {
            if (patch.containsKey(field)) {
                problems.put(field, "cannot be changed");
            }
        }
        String name = null;
        if (patch.containsKey("name")) {
            name = text(patch.get("name"), "name", problems);
            if (name != null && (name.isEmpty() || name.length() > 200)) {
                problems.put("name", "must have 1 to 200 characters");
            } else if (name != null && !ONE_LINE.matcher(name).matches()) {
                problems.put("name", "must be one line, without control characters");
            }
        }
        Integer population = null;
        if (patch.containsKey("population")) {
            Object value = patch.get("population");
            if (value instanceof Integer number) {
                population = number;
                if (number < 1 || number > Commune.MAX_POPULATION) {
                    problems.put("population", "must be between 1 and " + Commune.MAX_POPULATION);
                }
            } else {
                problems.put("population", value == null ? "cannot be removed" : "must be a whole number");
            }
        }
        String contactEmail = null;
        if (patch.containsKey("contactEmail")) {
            contactEmail = text(patch.get("contactEmail"), "contactEmail", problems);
            if (contactEmail != null
                    && (contactEmail.length() > 254
                            || !EMAIL.matcher(contactEmail).matches())) {
                problems.put("contactEmail", "must be an email address of at most 254 characters");
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
                    problems.put("description", "must have at most " + MAX_DESCRIPTION + " characters");
                } else if (!TEXT.matcher(given).matches()) {
                    problems.put("description", "must not contain control characters other than line breaks");
                }
            } else {
                problems.put("description", "must be text");
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

    private static @Nullable String text(@Nullable Object value, String field, Map<String, String> problems) {
        if (value instanceof String text) {
            return text.strip();
        }
        problems.put(field, value == null ? "cannot be removed" : "must be text");
        return null;
    }

    private static @Nullable List<Language> languages(@Nullable Object value, Map<String, String> problems) {
        if (!(value instanceof List<?> given)) {
            problems.put("languages", value == null ? "cannot be removed" : "must be a list of languages");
            return null;
        }
        if (given.isEmpty() || given.size() > MAX_LANGUAGES) {
            problems.put("languages", "must list 1 to " + MAX_LANGUAGES + " languages");
            return null;
        }
        var languages = new ArrayList<Language>();
        for (int i = 0; i < given.size(); i++) {
            Optional<Language> language =
                    given.get(i) instanceof String code ? Language.ofCode(code) : Optional.empty();
            if (language.isEmpty()) {
                problems.put("languages[" + i + "]", "must be one of fr, nl, de, en");
            } else {
                languages.add(language.get());
            }
        }
        if (languages.size() == given.size() && new HashSet<>(languages).size() != languages.size()) {
            problems.put("languages", "must not list a language twice");
        }
        return languages;
    }

    private static @Nullable List<String> postalCodes(@Nullable Object value, Map<String, String> problems) {
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> given)) {
            problems.put("postalCodes", "must be a list of postal codes");
            return null;
        }
        var codes = new ArrayList<String>();
        for (int i = 0; i < given.size(); i++) {
            if (given.get(i) instanceof String code) {
                String stripped = code.strip();
                PostalCodes.problemWith(stripped).ifPresent(p -> problems.put("postalCodes[" + codes.size() + "]", p));
                codes.add(stripped);
            } else {
                problems.put("postalCodes[" + i + "]", "must be text");
                codes.add("");
            }
        }
        PostalCodes.problemWithList(codes).ifPresent(p -> problems.put("postalCodes", p));
        return codes;
    }
}
