package org.civiclimate.assembly.draws.domain;

/** Summaries of per-type selection probabilities. */
final class Probabilities {

    private Probabilities() {}

    /** The mean probability of the volunteers holding each quota's value (0 where nobody holds it). */
    static double[] byValue(VolunteerTypes types, double[] typeProbabilities) {
        var quotas = types.quotas().list();
        double[] result = new double[quotas.size()];
        for (int q = 0; q < quotas.size(); q++) {
            double sum = 0;
            int holders = 0;
            for (int t = 0; t < types.size(); t++) {
                if (types.has(t, q)) {
                    sum += typeProbabilities[t] * types.count(t);
                    holders += types.count(t);
                }
            }
            result[q] = holders == 0 ? 0 : sum / holders;
        }
        return result;
    }
}
