// SPDX-License-Identifier: EPL-2.0
package org.segsense.metrics;

import java.util.stream.IntStream;

/** Deterministic parallel loops over index ranges (each index handled by exactly one task). */
final class Ranges {

    @FunctionalInterface
    interface Task {
        void run(int from, int to);
    }

    private Ranges() {
    }

    static void forEach(int count, Task task) {
        if (count <= 0) {
            return;
        }
        int threads = Runtime.getRuntime().availableProcessors();
        if (threads <= 1 || count < (1 << 15)) {
            task.run(0, count);
            return;
        }
        int chunks = threads * 4;
        IntStream.range(0, chunks).parallel().forEach(c -> {
            int from = (int) ((long) count * c / chunks);
            int to = (int) ((long) count * (c + 1) / chunks);
            if (from < to) {
                task.run(from, to);
            }
        });
    }
}
