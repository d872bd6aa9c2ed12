// SPDX-License-Identifier: EPL-2.0
package org.segsense.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A root progress monitor that records what long work reports: the task's total, the work done, the
 * sub-tasks with the fraction done when each was announced (so a test can tell work reported unit by unit
 * from the top-up that the outermost {@code SubMonitor.done()} adds at the end), and when it was cancelled.
 * It can cancel itself when a sub-task matches. Thread-safe.
 */
public final class RecordingMonitor implements IProgressMonitor {

	private int total = -1;
	private double worked;
	private final List<Double> fractionAtSubTask = Collections.synchronizedList(new ArrayList<>());
	private final List<String> subTasks = Collections.synchronizedList(new ArrayList<>());
	private volatile boolean canceled;
	private volatile long canceledAtNanos;
	private volatile Predicate<String> cancelOnSubTask = s -> false;

	/** @param when cancel (and record the time) at the first sub-task it accepts */
	public RecordingMonitor cancelOnSubTask(Predicate<String> when) {
		this.cancelOnSubTask = when;
		return this;
	}

	@Override
	public synchronized void beginTask(String name, int totalWork) {
		if (total < 0) {
			total = totalWork;
		}
	}

	@Override
	public void done() {
	}

	@Override
	public synchronized void internalWorked(double work) {
		worked += work;
	}

	@Override
	public void worked(int work) {
		internalWorked(work);
	}

	@Override
	public boolean isCanceled() {
		return canceled;
	}

	@Override
	public void setCanceled(boolean value) {
		if (value && !canceled) {
			canceledAtNanos = System.nanoTime();
		}
		canceled = value;
	}

	@Override
	public void setTaskName(String name) {
	}

	@Override
	public void subTask(String name) {
		synchronized (subTasks) {
			subTasks.add(name);
			fractionAtSubTask.add(fraction());
		}
		if (!canceled && cancelOnSubTask.test(name)) {
			setCanceled(true);
		}
	}

	/** @return the total given to beginTask, or -1 */
	public synchronized int total() {
		return total;
	}

	/** @return work done so far */
	public synchronized double worked() {
		return worked;
	}

	/** @return worked / total when the last sub-task starting with {@code prefix} was announced */
	public double fractionAtSubTask(String prefix) {
		synchronized (subTasks) {
			for (int i = subTasks.size() - 1; i >= 0; i--) {
				if (subTasks.get(i).startsWith(prefix)) {
					return fractionAtSubTask.get(i);
				}
			}
		}
		throw new IllegalArgumentException("no sub-task starts with '" + prefix + "': " + subTasks());
	}

	/** @return worked / total */
	public synchronized double fraction() {
		return total <= 0 ? 0 : worked / total;
	}

	/** @return the sub-tasks in order */
	public List<String> subTasks() {
		synchronized (subTasks) {
			return List.copyOf(subTasks);
		}
	}

	/** @return seconds from the cancel to now */
	public double secondsSinceCancel() {
		if (!canceled) {
			throw new IllegalStateException("the monitor was not cancelled");
		}
		return (System.nanoTime() - canceledAtNanos) / 1e9;
	}
}
