package org.civiclimate.assembly.draws.solver;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.List;
import org.civiclimate.assembly.draws.domain.Optimizer;

/**
 * The draw's programmes solved by OR-Tools: GLOP for linear programmes, SCIP for integer ones, both shipped with
 * their natives in the jar (the JVM needs {@code --enable-native-access=ALL-UNNAMED}).
 */
public final class OrToolsOptimizer implements Optimizer {

    private static volatile boolean loaded;

    public OrToolsOptimizer() {
        load();
    }

    private static synchronized void load() {
        if (!loaded) {
            Loader.loadNativeLibraries();
            loaded = true;
        }
    }

    @Override
    public Program linear() {
        return new OrToolsProgram(MPSolver.createSolver("GLOP"), false);
    }

    @Override
    public Program integer() {
        return new OrToolsProgram(MPSolver.createSolver("SCIP"), true);
    }

    private static final class OrToolsProgram implements Program {

        private final MPSolver solver;
        private final boolean integer;
        private final List<MPVariable> variables = new ArrayList<>();

        OrToolsProgram(MPSolver solver, boolean integer) {
            if (solver == null) {
                throw new IllegalStateException("OR-Tools has no " + (integer ? "SCIP" : "GLOP") + " solver here");
            }
            this.solver = solver;
            this.integer = integer;
        }

        @Override
        public int variable(double lower, double upper) {
            variables.add(solver.makeVar(bound(lower), bound(upper), integer, "x" + variables.size()));
            return variables.size() - 1;
        }

        @Override
        public void constraint(double lower, double upper, int[] indexes, double[] coefficients) {
            var constraint = solver.makeConstraint(bound(lower), bound(upper));
            for (int i = 0; i < indexes.length; i++) {
                constraint.setCoefficient(variables.get(indexes[i]), coefficients[i]);
            }
        }

        @Override
        public void objective(double[] coefficients, boolean maximise) {
            var objective = solver.objective();
            for (int i = 0; i < variables.size(); i++) {
                objective.setCoefficient(variables.get(i), i < coefficients.length ? coefficients[i] : 0);
            }
            if (maximise) {
                objective.setMaximization();
            } else {
                objective.setMinimization();
            }
        }

        @Override
        public Solution solve(long timeLimitMillis) {
            solver.setTimeLimit(timeLimitMillis);
            var parameters = new MPSolverParameters();
            if (integer) {
                // Column generation needs the heaviest panel itself, not one within SCIP's default 0.01 % of it.
                parameters.setDoubleParam(MPSolverParameters.DoubleParam.RELATIVE_MIP_GAP, 1e-9);
            }
            var status = solver.solve(parameters);
            parameters.delete();
            return switch (status) {
                case OPTIMAL -> {
                    double[] values = new double[variables.size()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = variables.get(i).solutionValue();
                    }
                    yield new Solution(Status.OPTIMAL, solver.objective().value(), values);
                }
                case INFEASIBLE -> new Solution(Status.INFEASIBLE, Double.NaN, new double[0]);
                default -> new Solution(Status.NO_ANSWER, Double.NaN, new double[0]);
            };
        }

        private static double bound(double value) {
            return Double.isInfinite(value) ? Math.signum(value) * MPSolver.infinity() : value;
        }

        @Override
        public void close() {
            solver.delete();
        }
    }
}
