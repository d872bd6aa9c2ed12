// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.preview;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.swt.widgets.Display;

/**
 * Runs preview requests one at a time on a background thread, the newest request winning: a new request
 * cancels the monitor of the one before, a queued request that is no longer the newest is skipped without
 * running, and the result of a superseded request is dropped instead of being delivered. Results and
 * failures are delivered on the UI thread.
 */
final class LatestRequest {

    private final Display display;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "SegSense perturbation preview");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong newest = new AtomicLong();
    private volatile IProgressMonitor running = new NullProgressMonitor();

    LatestRequest(Display display) {
        this.display = display;
    }

    /**
     * Submits a request (call on the UI thread).
     *
     * @param work the computation, given a monitor that is cancelled when a newer request arrives
     * @param onResult told the result on the UI thread, only if no newer request was made
     * @param onFailure told the failure on the UI thread, only if no newer request was made
     * @return the request's number
     */
    <T> long submit(Function<IProgressMonitor, T> work, Consumer<T> onResult, Consumer<Throwable> onFailure) {
        long id = newest.incrementAndGet();
        running.setCanceled(true);
        worker.execute(() -> {
            if (id != newest.get()) {
                return;
            }
            IProgressMonitor monitor = new NullProgressMonitor();
            running = monitor;
            T result = null;
            Throwable failure = null;
            try {
                result = work.apply(monitor);
            } catch (OperationCanceledException e) {
                return;
            } catch (RuntimeException | Error e) {
                failure = e;
            }
            if (id != newest.get() || display.isDisposed()) {
                return;
            }
            T r = result;
            Throwable f = failure;
            display.asyncExec(() -> {
                if (id != newest.get()) {
                    return;
                }
                if (f != null) {
                    onFailure.accept(f);
                } else {
                    onResult.accept(r);
                }
            });
        });
        return id;
    }

    /** @return true when {@code id} is still the newest request */
    boolean isNewest(long id) {
        return id == newest.get();
    }

    /** Drops every pending request and stops the thread. */
    void dispose() {
        newest.incrementAndGet();
        running.setCanceled(true);
        worker.shutdown();
    }
}
