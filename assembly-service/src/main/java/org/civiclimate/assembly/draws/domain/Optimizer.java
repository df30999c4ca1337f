package org.civiclimate.assembly.draws.domain;

/**
 * Linear and mixed-integer programmes, as the draw needs them: variables with bounds, sparse linear constraints,
 * a dense objective that can be replaced between solves. Implemented in the service with a solver library; the
 * algorithms here only see this.
 */
public interface Optimizer {

    /** A new programme whose variables are continuous. */
    Program linear();

    /** A new programme whose variables are integers. */
    Program integer();

    interface Program extends AutoCloseable {

        /** Adds a variable and returns its index; bounds may be infinite. */
        int variable(double lower, double upper);

        /** Adds {@code lower <= sum(coefficients[i] * x[variables[i]]) <= upper}. */
        void constraint(double lower, double upper, int[] variables, double[] coefficients);

        /** Replaces the objective: one coefficient per variable, in index order. */
        void objective(double[] coefficients, boolean maximise);

        /** Solves, within {@code timeLimitMillis}; an optimum found in time, or a status without one. */
        Solution solve(long timeLimitMillis);

        @Override
        void close();
    }

    enum Status {
        OPTIMAL,
        INFEASIBLE,
        /** Unbounded, out of time or failed: no usable answer. */
        NO_ANSWER
    }

    record Solution(Status status, double objective, double[] values) {

        public boolean optimal() {
            return status == Status.OPTIMAL;
        }
    }
}
