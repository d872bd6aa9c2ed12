// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The log of one run job, as its console shows it: time-stamped lines (the run's phases, a progress line about
 * every 5 %, each failed job, the outcome), the last {@value #MAX_LINES} kept. Thread-safe: the run's worker
 * threads append, the console reads and listens.
 */
public final class RunLog {

	/** Lines kept per run (older ones are dropped). */
	public static final int MAX_LINES = 5000;
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private final String title;
	private final ArrayDeque<String> lines = new ArrayDeque<>();
	private final List<Consumer<String>> listeners = new CopyOnWriteArrayList<>();
	private long count;

	RunLog(String title) {
		this.title = title;
	}

	/** @return what the run is, e.g. {@code Run tiny → runs/study-20260102-030405} */
	public String title() {
		return title;
	}

	/** Appends a line (time-stamped) and tells the listeners. */
	public void append(String line) {
		String l = LocalTime.now().format(TIME) + "  " + line;
		synchronized (lines) {
			lines.addLast(l);
			count++;
			while (lines.size() > MAX_LINES) {
				lines.removeFirst();
			}
		}
		listeners.forEach(c -> c.accept(l));
	}

	/** @return the lines so far */
	public List<String> lines() {
		synchronized (lines) {
			return new ArrayList<>(lines);
		}
	}

	/** @return how many lines were appended in all (dropped ones included) */
	public long count() {
		synchronized (lines) {
			return count;
		}
	}

	/**
	 * The lines after the first {@code seen}.
	 *
	 * @param lines those of them still kept
	 * @param count how many lines were appended in all, at the same moment
	 */
	public record Tail(List<String> lines, long count) {
	}

	/** @return the lines appended after the first {@code seen} (those still kept) and the count, together */
	public Tail since(long seen) {
		synchronized (lines) {
			int n = (int) Math.min(lines.size(), Math.max(0, count - seen));
			List<String> all = new ArrayList<>(lines);
			return new Tail(List.copyOf(all.subList(all.size() - n, all.size())), count);
		}
	}

	/** @return everything so far, one line each */
	public String text() {
		return String.join("\n", lines());
	}

	/** Calls {@code listener} with each new line (from any thread). */
	public void addListener(Consumer<String> listener) {
		listeners.add(listener);
	}

	public void removeListener(Consumer<String> listener) {
		listeners.remove(listener);
	}
}
