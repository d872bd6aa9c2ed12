// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.sweep;

import java.util.ArrayList;
import java.util.List;

import org.segsense.model.ExplicitSweep;
import org.segsense.model.RangeSweep;
import org.segsense.model.Sweep;
import org.segsense.model.SweepSpacing;
import org.segsense.model.validation.StudyLimits;

/**
 * The values of a {@link Sweep}, in sweep order.
 *
 * <p>An explicit sweep yields its values as listed. A range sweep yields {@code steps} values from
 * {@code start} to {@code stop}, both exactly included: linearly spaced, or with equal ratios for
 * {@link SweepSpacing#LOG}. Invalid sweeps (fewer than one step, logarithmic spacing through zero) are
 * reported by validation; here they yield what can be computed: no values for {@code steps < 1}, and
 * NaN for logarithmic spacing with non-positive bounds. A sweep of more than
 * {@link StudyLimits#MAX_SWEEP_VALUES} values (which validation reports) is refused with an
 * {@link IllegalArgumentException} before anything is allocated.
 */
public final class SweepValues {

    private SweepValues() {
    }

    /**
     * The values of {@code sweep}; empty for {@code null}.
     *
     * @throws IllegalArgumentException when the sweep has more than {@link StudyLimits#MAX_SWEEP_VALUES} values
     */
    public static List<Double> of(Sweep sweep) {
        long size = StudyLimits.sweepSize(sweep);
        if (size > StudyLimits.MAX_SWEEP_VALUES) {
            throw new IllegalArgumentException("The sweep has " + size + " values, more than the " + StudyLimits.MAX_SWEEP_VALUES
                    + " a sweep may have.");
        }
        if (sweep instanceof ExplicitSweep explicit) {
            return List.copyOf(explicit.getValues());
        } else if (sweep instanceof RangeSweep range) {
            return of(range);
        }
        return List.of();
    }

    private static List<Double> of(RangeSweep range) {
        int steps = range.getSteps();
        double start = range.getStart();
        double stop = range.getStop();
        List<Double> values = new ArrayList<>();
        if (steps < 1) {
            return values;
        }
        if (steps == 1) {
            values.add(start);
            return values;
        }
        boolean log = range.getSpacing() == SweepSpacing.LOG;
        if (log && (start <= 0 || stop <= 0)) {
            for (int i = 0; i < steps; i++) {
                values.add(Double.NaN);
            }
            return values;
        }
        for (int i = 0; i < steps; i++) {
            double t = (double) i / (steps - 1);
            double value = log ? Math.exp(Math.log(start) + t * (Math.log(stop) - Math.log(start))) : start + t * (stop - start);
            values.add(value);
        }
        // Pin the ends so that rounding never moves them outside the declared range.
        values.set(0, start);
        values.set(steps - 1, stop);
        return values;
    }
}
