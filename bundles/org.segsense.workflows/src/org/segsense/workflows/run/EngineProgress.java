package org.segsense.workflows.run;

import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.engine.ProgressListener;
import org.segsense.engine.store.JobRecord;

/**
 * The one place that adapts the engine's progress and cancellation ({@link ProgressListener}, the cancel
 * flag of {@code RunOptions}, thread interruption) to an {@link IProgressMonitor} and a {@link RunListener}.
 * A watcher thread polls the monitor every {@value #POLL_MS} ms; when it is cancelled it runs the cancel
 * action once (set the run's flag: a graceful stop; or interrupt the working thread).
 */
final class EngineProgress implements ProgressListener, AutoCloseable {

	static final int POLL_MS = 50;

	private final SubMonitor monitor;
	private final RunListener listener;
	private final Thread watcher;
	private final AtomicBoolean closed = new AtomicBoolean();
	private int reported;

	/**
	 * @param task the monitor's task name
	 * @param onCancel run once when the monitor is cancelled
	 */
	EngineProgress(IProgressMonitor monitor, String task, RunListener listener, Runnable onCancel) {
		this.monitor = SubMonitor.convert(monitor, task, 100);
		this.listener = listener == null ? RunListener.NONE : listener;
		IProgressMonitor m = monitor;
		this.watcher = new Thread(() -> {
			while (!closed.get()) {
				if (m != null && m.isCanceled()) {
					onCancel.run();
					return;
				}
				try {
					Thread.sleep(POLL_MS);
				} catch (InterruptedException e) {
					return;
				}
			}
		}, "segsense-cancel-watcher");
		watcher.setDaemon(true);
		watcher.start();
	}

	/** A cancel action that sets a run's flag (graceful stop). */
	static Runnable setting(AtomicBoolean flag) {
		return () -> flag.set(true);
	}

	/** A cancel action that interrupts the current thread. */
	static Runnable interrupting() {
		Thread t = Thread.currentThread();
		return t::interrupt;
	}

	@Override
	public void phase(String message) {
		monitor.subTask(message);
		listener.phase(message);
	}

	@Override
	public void jobCommitted(int done, int pending, long elapsedNanos, JobRecord job) {
		if (reported == 0) {
			monitor.setWorkRemaining(Math.max(1, pending));
		}
		monitor.worked(done - reported);
		reported = done;
		listener.jobCommitted(RunProgress.of(done, pending, elapsedNanos, job));
	}

	@Override
	public void close() {
		closed.set(true);
		watcher.interrupt();
		try {
			watcher.join(1000);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		monitor.done();
	}
}
