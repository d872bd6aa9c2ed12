// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.ui.preview.PerturbationPreview;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.preview.PreviewServiceImpl;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * Benchmark, not a timed test: the latency from a slider move to the preview shown (the service reads the
 * case, perturbs it, the difference is computed and the three viewers have prepared their images) for a
 * 128³ and a 256³ int16 case, for a rotation (rz; resampling) and an intensity scale, previewing the study file
 * (the view) and the study as edited (the study editor, {@code showEdited}). Figures go to
 * target/benchmarks/preview-latency.txt and stdout; the assertions only check that the last value was
 * shown. Run with {@code -Dtest=PreviewLatencyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class PreviewLatencyBenchmark {

    @Test
    void sliderToImageLatency(@TempDir Path dir) throws Exception {
        StringBuilder report = new StringBuilder(String.format(Locale.ROOT, "Preview latency, slider moved -> image shown (%d cores, load %.1f)%n",
                Runtime.getRuntime().availableProcessors(), java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        for (int n : new int[] {128, 256}) {
            Path file = PreviewStudies.study(dir.resolve("n" + n), n);
            Shell shell = Ui.on(() -> new Shell(Ui.display()));
            try {
                PerturbationPreview preview = Ui.on(() -> {
                    shell.setLayout(new FillLayout());
                    PerturbationPreview p = new PerturbationPreview(shell, SWT.NONE, new PreviewServiceImpl());
                    shell.setBounds(10, 10, 1300, 860);
                    shell.open();
                    return p;
                });
                for (String mode : new String[] {"file", "edited"}) {
                    if (mode.equals("file")) {
                        Ui.run(() -> preview.setStudy(new StudyServiceImpl().load(file), file, null));
                    } else { // the study editor's path: the study as edited, handed to the service
                        Ui.run(() -> preview.showEdited(new StudyServiceImpl().load(file), file));
                    }
                    Ui.waitUntil(() -> !preview.isBusy() && preview.shownValue() != null, "the first preview");
                    for (String axis : new String[] {"rot", "scale"}) {
                        Ui.run(() -> preview.select(null, axis));
                        Ui.waitUntil(() -> !preview.isBusy() && preview.shownValue() != null, "the axis' first preview");
                        List<Double> ms = new ArrayList<>();
                        int count = Ui.on(() -> preview.values().size());
                        for (int k = 1; k <= 4; k++) {
                            int index = k % count;
                            double value = Ui.on(() -> preview.values().get(index));
                            ms.add(moveAndWait(preview, index, value));
                        }
                        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                        report.append(String.format(Locale.ROOT, "%d^3 %-6s %-5s: median %.0f ms, max %.0f ms, all %s%n", n, mode, axis,
                                (sorted[1] + sorted[2]) / 2, sorted[3], Arrays.toString(ms.stream().mapToLong(Math::round).toArray())));
                    }
                }
            } finally {
                Ui.run(shell::dispose);
            }
        }
        System.out.print(report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "preview-latency.txt"), report);
    }

    /** @return ms from the slider's Selection event to the preview of {@code value} shown */
    private static double moveAndWait(PerturbationPreview preview, int index, double value) throws Exception {
        CompletableFuture<Long> shown = new CompletableFuture<>();
        Consumer<Double> listener = v -> {
            if (v == value) {
                shown.complete(System.nanoTime());
            }
        };
        long[] start = new long[1];
        Ui.run(() -> {
            preview.addShownListener(listener);
            start[0] = System.nanoTime();
            preview.setValueIndex(index);
        });
        long end = shown.get(120, TimeUnit.SECONDS);
        Ui.run(() -> preview.removeShownListener(listener));
        assertEquals(value, Ui.on(preview::shownValue));
        return (end - start[0]) / 1e6;
    }
}
