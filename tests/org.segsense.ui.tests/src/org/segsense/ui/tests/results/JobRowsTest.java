// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.results;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.segsense.engine.store.JobRecord;
import org.segsense.engine.store.JobStatus;
import org.segsense.engine.store.ResultRow;
import org.segsense.ui.results.JobRows;

/**
 * The rows of the jobs table against brute force: 5,000 random jobs (some baseline, some failed without results, some
 * with an undefined metric), every filter and the sort by each column compared with a plain stream over the jobs.
 */
class JobRowsTest {

	static final List<String> CASES = List.of("c1", "c2", "c3", "c4"), VARIANTS = List.of("A", "B", "C"), AXES = List.of("noise", "scale");
	static final double[] VALUES = { 0.25, 0.5, 1, 2 };

	record Job(int index, String caseId, String variant, String axis, double value, String status, double dice) {
	}

	final List<Job> jobs = new ArrayList<>();
	final JobRows rows;

	JobRowsTest() {
		Random r = new Random(11);
		List<JobRecord> records = new ArrayList<>();
		List<ResultRow> results = new ArrayList<>();
		for (int i = 0; i < 5000; i++) {
			String c = CASES.get(r.nextInt(CASES.size())), v = VARIANTS.get(r.nextInt(VARIANTS.size()));
			boolean baseline = r.nextInt(5) == 0, failed = r.nextInt(10) == 0;
			String axis = baseline ? null : AXES.get(r.nextInt(AXES.size()));
			Double value = baseline ? null : VALUES[r.nextInt(VALUES.length)];
			String key = "job" + i;
			int index = 7 * i % 5003;
			records.add(new JobRecord(index, key, c, v, axis, axis, "p", value, 1, failed ? JobStatus.FAILED : JobStatus.DONE, null, null,
					JobRecord.Timings.NONE));
			double dice = Double.NaN;
			if (!failed) {
				Double d = r.nextInt(20) == 0 ? null : Math.round(r.nextDouble() * 1000) / 1000.0; // ties on purpose
				results.add(new ResultRow(key, 1, "dice", "dice", d, d == null ? "prediction is empty" : null));
				dice = d == null ? Double.NaN : d;
			}
			jobs.add(new Job(index, c, v, axis == null ? JobRows.BASELINE : axis, value == null ? Double.NaN : value, failed ? "failed" : "done", dice));
		}
		rows = JobRows.of(records, results);
	}

	int[] view() {
		int[] v = new int[rows.viewSize()];
		for (int i = 0; i < v.length; i++) {
			v[i] = rows.rowAt(i);
		}
		return v;
	}

	int[] expected(Predicate<Job> keep, Comparator<Job> order) {
		List<Integer> ids = new ArrayList<>();
		for (int i = 0; i < jobs.size(); i++) {
			if (keep.test(jobs.get(i))) {
				ids.add(i);
			}
		}
		if (order != null) {
			ids.sort((a, b) -> order.compare(jobs.get(a), jobs.get(b))); // List.sort is stable, as the table's sort must be
		}
		return ids.stream().mapToInt(Integer::intValue).toArray();
	}

	/** Numbers ascending or descending, undefined (NaN) last either way. */
	static Comparator<Job> numbers(java.util.function.ToDoubleFunction<Job> f, boolean up) {
		return (a, b) -> {
			double x = f.applyAsDouble(a), y = f.applyAsDouble(b);
			if (Double.isNaN(x) || Double.isNaN(y)) {
				return Double.isNaN(x) ? (Double.isNaN(y) ? 0 : 1) : -1;
			}
			return up ? Double.compare(x, y) : Double.compare(y, x);
		};
	}

	@Test
	void columnsAndTexts() {
		assertEquals(List.of("#", "case", "variant", "axis", "value", "status", "dice [1]"), rows.columns());
		Job j = jobs.get(0);
		assertEquals(j.caseId(), rows.text(0, 1));
		assertEquals(Double.isNaN(j.value()) ? "baseline" : org.segsense.report.render.Html.number(j.value()), rows.text(0, 4));
		assertEquals(List.of("done", "failed"), rows.distinct(5).stream().sorted().toList());
	}

	@Test
	void filtersMatchBruteForce() {
		rows.filter(new JobRows.Filter("c2", null, null, null, null));
		assertArrayEquals(expected(j -> j.caseId().equals("c2"), null), view());
		rows.filter(new JobRows.Filter(null, "B", "scale", null, "done"));
		assertArrayEquals(expected(j -> j.variant().equals("B") && j.axis().equals("scale") && j.status().equals("done"), null), view());
		rows.filter(new JobRows.Filter(null, null, null, "0.5", null));
		assertArrayEquals(expected(j -> j.value() == 0.5, null), view());
		rows.filter(new JobRows.Filter(null, null, null, "baseline", "failed"));
		assertArrayEquals(expected(j -> Double.isNaN(j.value()) && j.status().equals("failed"), null), view());
		rows.filter(new JobRows.Filter(null, null, null, "not a number", null));
		assertEquals(0, rows.viewSize(), "a value that is no number matches nothing");
		rows.filter(JobRows.Filter.ALL);
		assertEquals(5000, rows.viewSize());
	}

	@Test
	void sortsMatchBruteForceAndKeepTheFilter() {
		for (boolean up : new boolean[] { true, false }) {
			rows.filter(JobRows.Filter.ALL);
			rows.sort(6, up);
			assertArrayEquals(expected(j -> true, numbers(Job::dice, up)), view(), "dice " + up);
			rows.sort(4, up);
			assertArrayEquals(expected(j -> true, numbers(Job::value, up)), view(), "value " + up);
			rows.sort(0, up);
			assertArrayEquals(expected(j -> true, numbers(Job::index, up)), view(), "index " + up);
			rows.sort(2, up);
			Comparator<Job> byVariant = Comparator.comparing(Job::variant);
			assertArrayEquals(expected(j -> true, up ? byVariant : byVariant.reversed()), view(), "variant " + up);
			// the filter keeps the sort
			rows.filter(new JobRows.Filter("c3", null, null, null, null));
			assertArrayEquals(expected(j -> j.caseId().equals("c3"), up ? byVariant : byVariant.reversed()), view(), "filtered, variant " + up);
		}
	}
}
