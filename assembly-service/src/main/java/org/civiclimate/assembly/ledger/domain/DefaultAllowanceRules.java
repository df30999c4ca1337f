package org.civiclimate.assembly.ledger.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The allowance rules a new commune starts with, by country, from the figures in DOMAIN.md. A commune adjusts them
 * (and adds each year's indexed amounts); a country without known rules starts with none.
 */
public final class DefaultAllowanceRules {

    private DefaultAllowanceRules() {}

    public static List<AllowanceRule> forCountry(String country) {
        return switch (country) {
            // Belgian volunteer allowance (loi du 3 juillet 2005 relative aux droits des volontaires), 2025 caps:
            // EUR 42.31 a day, EUR 1,692.51 a year, indexed yearly; flat rate, not combinable with real costs.
            case "BE" ->
                List.of(new AllowanceRule(
                        "Indemnité forfaitaire de volontariat",
                        "Loi du 3 juillet 2005 relative aux droits des volontaires (plafonds 2025, indexés chaque année)",
                        AllowanceRule.Unit.DAY,
                        4_231,
                        4_231L,
                        169_251L,
                        true,
                        LocalDate.of(2025, 1, 1),
                        null));
            // France: the Convention Citoyenne pour le Climat paid about EUR 86 a day, modelled on assize jurors,
            // plus lost income and receipts the commune adds as it decides.
            case "FR" ->
                List.of(new AllowanceRule(
                        "Indemnité journalière de participation",
                        "Modèle de la Convention Citoyenne pour le Climat (indemnité des jurés d'assises)",
                        AllowanceRule.Unit.DAY,
                        8_600,
                        null,
                        null,
                        false,
                        LocalDate.of(2020, 1, 1),
                        null));
            default -> List.of();
        };
    }
}
