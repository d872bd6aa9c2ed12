// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * What became of one job of a run — the {@code status} column of the results database's {@code jobs}
 * table, of {@code jobs.csv} and of the {@code --json} output. Stored and written as its lower-case
 * {@link #id()} ({@code done}, {@code failed}), exactly as SegSense has always written it, so results
 * databases written by older versions load unchanged. The state of a whole run is the model's
 * {@link org.segsense.model.RunStatus}.
 */
public enum JobStatus {
	/** The job is done and its results are committed. */
	DONE("done"),
	/** The job failed; {@code --resume} runs it again. */
	FAILED("failed");

	private final String id;

	JobStatus(String id) {
		this.id = id;
	}

	/** @return the stored form: {@code done} or {@code failed} */
	public String id() {
		return id;
	}

	/** @return {@link #id()}, so that text and JSON output show the stored form */
	@Override
	public String toString() {
		return id;
	}

	/**
	 * @param id a stored status
	 * @return the status
	 * @throws IllegalArgumentException naming the value and the known ones when {@code id} is none of them
	 */
	public static JobStatus of(String id) {
		for (JobStatus s : values()) {
			if (s.id.equals(id)) {
				return s;
			}
		}
		throw new IllegalArgumentException("Unknown job status '" + id + "'; known: "
				+ Arrays.stream(values()).map(JobStatus::id).collect(Collectors.joining(", ")) + ".");
	}
}
