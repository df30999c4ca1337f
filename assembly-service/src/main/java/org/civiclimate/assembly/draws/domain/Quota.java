package org.civiclimate.assembly.draws.domain;

/**
 * The seats a value of a stratifying feature may take on a panel: at least {@code min}, at most {@code max}
 * (inclusive). Feature {@code gender}, value {@code female}, 9 to 11 seats.
 */
public record Quota(String feature, String value, int min, int max) {

    public Quota {
        if (feature.isBlank() || value.isBlank() || min < 0 || max < min) {
            throw new IllegalArgumentException(
                    "Invalid quota " + feature + "=" + value + " [" + min + ", " + max + "]");
        }
    }

    public boolean allows(int seats) {
        return seats >= min && seats <= max;
    }

    public String label() {
        return feature + "=" + value;
    }
}
