// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.segsense.model.ExplicitSweep;
import org.segsense.model.RangeSweep;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SweepSpacing;

class SweepValuesTest {

    private static RangeSweep range(double start, double stop, int steps, SweepSpacing spacing) {
        RangeSweep sweep = SegsenseFactory.eINSTANCE.createRangeSweep();
        sweep.setStart(start);
        sweep.setStop(stop);
        sweep.setSteps(steps);
        sweep.setSpacing(spacing);
        return sweep;
    }

    @Test
    void linearRangeIncludesBothEnds() {
        assertEquals(List.of(-30.0, -20.0, -10.0, 0.0, 10.0, 20.0, 30.0), SweepValues.of(range(-30, 30, 7, SweepSpacing.LINEAR)));
    }

    @Test
    void logRangeHasEqualRatiosAndExactEnds() {
        List<Double> values = SweepValues.of(range(0.1, 10, 5, SweepSpacing.LOG));
        assertEquals(0.1, values.get(0));
        assertEquals(10.0, values.get(4));
        for (int i = 1; i < values.size(); i++) {
            assertEquals(Math.sqrt(10), values.get(i) / values.get(i - 1), 1e-12);
        }
    }

    @Test
    void degenerateRanges() {
        assertEquals(List.of(5.0), SweepValues.of(range(5, 5, 1, SweepSpacing.LINEAR)));
        assertEquals(List.of(), SweepValues.of(range(0, 1, 0, SweepSpacing.LINEAR)));
        assertTrue(SweepValues.of(range(-1, 1, 3, SweepSpacing.LOG)).stream().allMatch(v -> v.isNaN()));
        assertEquals(List.of(), SweepValues.of(null));
    }

    @Test
    void explicitValuesKeepTheirOrder() {
        ExplicitSweep sweep = SegsenseFactory.eINSTANCE.createExplicitSweep();
        sweep.getValues().addAll(List.of(0.3, 0.1, 0.2));
        assertEquals(List.of(0.3, 0.1, 0.2), SweepValues.of(sweep));
    }
}
