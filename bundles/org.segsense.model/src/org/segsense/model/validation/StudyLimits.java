// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import java.util.List;
import java.util.Locale;

import org.segsense.model.Design;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.FactorialDesign;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.RangeSweep;
import org.segsense.model.Study;
import org.segsense.model.Sweep;

/**
 * The sizes a study may have, checked by validation before anything is expanded, so that study text can
 * never make SegSense allocate without bound (a {@code steps="1000000000"} once ran the JVM out of memory).
 *
 * <ul>
 * <li>{@value #MAX_SWEEP_VALUES} values per sweep: far more than a sensitivity curve can show (the paper's
 * curves have 5 to 20 points);</li>
 * <li>{@value #MAX_JOBS} jobs per study (cases × model variants × (1 + perturbation settings)): the engine
 * keeps the job list in memory (about 0.5 KB per job) and one job takes at least a fraction of a second,
 * so a million jobs is days of computing; split larger studies, e.g. by case, and merge their runs.</li>
 * </ul>
 * Counts are computed from the study's numbers without expanding anything; repeated values are counted, so
 * the job count is an upper bound of what the engine runs.
 */
public final class StudyLimits {

    /** The most values one sweep may have. */
    public static final int MAX_SWEEP_VALUES = 10_000;
    /** The most jobs one study may expand into. */
    public static final long MAX_JOBS = 1_000_000L;

    private StudyLimits() {
    }

    /** The number of values {@code sweep} declares (0 for {@code null}), without computing them. */
    public static long sweepSize(Sweep sweep) {
        if (sweep instanceof ExplicitSweep explicit) {
            return explicit.getValues().size();
        } else if (sweep instanceof RangeSweep range) {
            return Math.max(0, range.getSteps());
        }
        return 0;
    }

    /** The axes the study's design uses: the design's, else all of the study's. */
    public static List<PerturbationAxis> designAxes(Study study) {
        Design design = study.getDesign();
        return design == null || design.getAxes().isEmpty() ? study.getAxes() : design.getAxes();
    }

    /**
     * An upper bound of the number of jobs the study expands into, saturating at {@link Long#MAX_VALUE}:
     * cases × model variants × (1 baseline + the sum of the sweep sizes, or their product for a factorial
     * design).
     */
    public static long jobCount(Study study) {
        List<PerturbationAxis> axes = designAxes(study);
        long settings;
        if (study.getDesign() instanceof FactorialDesign) {
            settings = axes.isEmpty() ? 0 : 1;
            for (PerturbationAxis axis : axes) {
                settings = multiply(settings, sweepSize(axis.getSweep()));
            }
        } else {
            settings = 0;
            for (PerturbationAxis axis : axes) {
                settings = add(settings, sweepSize(axis.getSweep()));
            }
        }
        long perPair = add(1, settings);
        return multiply(multiply(study.getCases().size(), study.getModelVariants().size()), perPair);
    }

    /** The count with thousands separators, e.g. {@code 1,000,000}. */
    static String count(long n) {
        return n == Long.MAX_VALUE ? "more than 9.2e18" : String.format(Locale.ROOT, "%,d", n);
    }

    private static long add(long a, long b) {
        long s = a + b;
        return s < 0 ? Long.MAX_VALUE : s;
    }

    private static long multiply(long a, long b) {
        if (a == 0 || b == 0) {
            return 0;
        }
        return a > Long.MAX_VALUE / b ? Long.MAX_VALUE : a * b;
    }
}
