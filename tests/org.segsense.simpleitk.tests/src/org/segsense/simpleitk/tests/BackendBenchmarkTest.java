// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.segsense.backend.BackendBenchmark;
import org.segsense.backend.JavaImageBackend;
import org.segsense.simpleitk.SimpleItkBackend;

/** {@link BackendBenchmark} times both backends in one run (small case; the figures in docs/benchmarks.md come from segsense bench backends). */
@Tag("itk")
class BackendBenchmarkTest {

	@Test
	void bothBackendsAreTimedOnEveryOperation() {
		Map<String, Map<String, Double>> t = BackendBenchmark.run(List.of(new JavaImageBackend(), new SimpleItkBackend()), 40, 3, 1, 1);
		assertEquals(List.of("java", "simpleitk"), List.copyOf(t.keySet()));
		for (String op : BackendBenchmark.OPERATIONS) {
			double java = t.get("java").get(op);
			double sitk = t.get("simpleitk").get(op);
			System.out.printf("benchmark 40^3 %-20s java %.4f s, simpleitk %.4f s, ratio %.2f%n", op, java, sitk, sitk / java);
			assertTrue(java > 0 && sitk > 0, op);
		}
	}
}
