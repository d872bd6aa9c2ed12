// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.engine.JobPreview;
import org.segsense.image.Image;
import org.segsense.ui.preview.PerturbationPreview;
import org.segsense.ui.preview.PerturbationPreviewView;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.ui.viewer.ImageViewer;
import org.segsense.ui.viewer.ViewPlane;
import org.segsense.workflows.preview.PreviewService;
import org.segsense.workflows.preview.PreviewServiceImpl;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * The perturbation preview driven through its widgets on a synthetic study ({@link PreviewStudies}); the
 * expected images are computed independently by calling the preview service directly.
 */
class PerturbationPreviewTest {

    private final PreviewService service = new PreviewServiceImpl();
    /** The service the composite uses: the real one, counting its calls. */
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();
    private final PreviewService counted = (request, monitor) -> {
        calls.incrementAndGet();
        return service.preview(request, monitor);
    };
    private final List<IStatus> logged = new ArrayList<>();
    private final ILogListener logListener = (status, plugin) -> {
        if (status.getSeverity() >= IStatus.WARNING) {
            logged.add(status);
        }
    };
    private Shell shell;
    private PerturbationPreview preview;
    private Path file;

    @BeforeEach
    void open(@TempDir Path dir) throws Exception {
        file = PreviewStudies.study(dir);
        Platform.addLogListener(logListener);
        Ui.run(() -> {
            shell = new Shell(Ui.display());
            shell.setText("SegSense perturbation preview test");
            shell.setLayout(new FillLayout());
            preview = new PerturbationPreview(shell, SWT.NONE, counted);
            shell.setBounds(10, 10, 1300, 860);
            shell.open();
            Ui.parkPointer();
        });
    }

    @AfterEach
    void close() {
        Platform.removeLogListener(logListener);
        Ui.run(() -> shell.dispose());
        assertTrue(logged.isEmpty(), "nothing is logged: " + logged);
    }

    private void load() {
        Ui.run(() -> preview.setStudy(new StudyServiceImpl().load(file), file, null));
    }

    /** Waits until the preview of {@code value} is shown and nothing else is pending. */
    private void awaitShown(double value) {
        Ui.waitUntil(() -> !preview.isBusy() && Double.valueOf(value).equals(preview.shownValue())
                && !preview.perturbedViewer().isBusy() && !preview.originalViewer().isBusy(), "the preview of " + value);
    }

    /** Moves the slider as the user does: selection, then the Selection event. */
    private void moveSlider(int index) {
        Ui.run(() -> {
            Scale s = (Scale) find(shell, "preview.slider");
            s.setSelection(index);
            Ui.send(s, SWT.Selection, new Event());
        });
    }

    private static Control find(Composite parent, String id) {
        for (Control c : parent.getChildren()) {
            if (id.equals(c.getData("segsense.id"))) {
                return c;
            }
            if (c instanceof Composite) {
                Control inner = find((Composite) c, id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }

    private static float[] shownVoxels(ImageViewer v) {
        return Ui.on(() -> v.volume().channel(0).clone());
    }

    private static float[] floats(Image image) {
        float[] f = new float[(int) image.voxelCount()];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) image.getDouble(i, 0);
        }
        return f;
    }

    @Test
    void movingTheSliderShowsTheServicesOutputForThatValue() throws Exception {
        load();
        awaitShown(0);
        assertEquals(List.of(0.0, 10.0, 20.0), Ui.on(() -> preview.values()));
        float[] atZero = shownVoxels(preview.perturbedViewer());
        float[] originalShown = shownVoxels(preview.originalViewer());

        moveSlider(2);
        awaitShown(20);
        assertTrue(Ui.on(() -> ((Label) find(shell, "preview.value")).getText()).startsWith("rz = 20 deg"),
                "the slider's value is shown");
        assertTrue(Ui.on(() -> ((Label) find(shell, "preview.values")).getText()).contains("0  \u00b7  10  \u00b7  20"));

        JobPreview.Images expected = service.preview(new PreviewService.Request(file, null, "c1", null, "rot", 20), null);
        Image expectedImage = expected.channels().get(0);
        ImageViewer perturbed = preview.perturbedViewer();
        assertEquals(expectedImage.geometry(), Ui.on(() -> perturbed.volume().image().geometry()));
        float[] shown = shownVoxels(perturbed);
        assertArrayEquals(floats(expectedImage), shown, "the perturbed viewer shows the service's output, voxel by voxel");
        assertFalse(java.util.Arrays.equals(atZero, shown), "moving the slider changed the shown image");

        // The label map moved with the rotation: the viewer's overlay is the service's moved labels.
        assertTrue(expected.moved());
        assertFalse(java.util.Arrays.equals(floats(expected.labels()), originalLabels()), "a 20° rotation moves the labels");
        assertArrayEquals(floats(expected.labels()), floats(Ui.on(() -> preview.shownImages().labels())));

        // The difference viewer shows perturbed − original.
        float[] diff = shownVoxels(preview.differenceViewer());
        for (int i = 0; i < diff.length; i++) {
            assertEquals(shown[i] - originalShown[i], diff[i], 1e-3f, "difference at voxel " + i);
        }

        // The rendered pixels are those of a fresh viewer given the service's output (same size, window, crosshair).
        Shell refShell = Ui.on(() -> new Shell(Ui.display()));
        try {
            ImageViewer reference = Ui.on(() -> {
                refShell.setLayout(new FillLayout());
                ImageViewer r = new ImageViewer(refShell, SWT.NONE);
                Point size = perturbed.getSize();
                refShell.setSize(refShell.computeTrim(0, 0, size.x, size.y).width, refShell.computeTrim(0, 0, size.x, size.y).height);
                refShell.open();
                return r;
            });
            Ui.await(Ui.on(() -> reference.setImage(expectedImage)));
            Ui.run(() -> {
                reference.setWindowLevel(perturbed.window(), perturbed.level());
                reference.setCrosshair(perturbed.crosshair());
                reference.setOverlayOpacity(0);
                perturbed.setOverlayOpacity(0);
            });
            for (ViewPlane p : ViewPlane.values()) {
                ImageData want = Ui.on(() -> reference.view(p).renderSlice());
                ImageData got = Ui.on(() -> perturbed.view(p).renderSlice());
                assertEquals(want.width, got.width, p + " width");
                assertEquals(want.height, got.height, p + " height");
                assertArrayEquals(want.data, got.data, p + ": the rendered pixels");
            }
            Ui.run(() -> perturbed.setOverlayOpacity(0.5));
        } finally {
            Ui.run(refShell::dispose);
        }
        Ui.run(() -> Ui.screenshot(shell, "preview-rotation-20"));
    }

    private float[] originalLabels() throws Exception {
        return floats(org.segsense.image.io.ImageIO.read(file.getParent().resolve("images/c1_label.nii.gz")));
    }

    @Test
    void aRapidSequenceOfSliderMovesEndsShowingTheLastValue() {
        load();
        awaitShown(0);
        Ui.run(() -> preview.select(null, "scale"));
        awaitShown(0.5);
        List<Double> shown = new java.util.concurrent.CopyOnWriteArrayList<>();
        Ui.run(() -> preview.addShownListener(shown::add));
        calls.set(0);
        Ui.run(() -> {
            for (int i : new int[] {3, 1, 2, 0, 3, 2, 1, 3, 0, 2}) {
                Scale s = (Scale) find(shell, "preview.slider");
                s.setSelection(i);
                Ui.send(s, SWT.Selection, new Event());
            }
        });
        awaitShown(1.5);
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        assertEquals(1.5, Ui.on(() -> preview.shownValue()), "no stale result replaced the last one");
        assertEquals(List.of(1.5), shown, "only the newest of the ten requests was shown");
        assertTrue(calls.get() <= 2, "stale requests were skipped, not computed: " + calls.get() + " service calls for 10 moves");
        assertFalse(Ui.on(() -> preview.isBusy()));
        Image expected = service.preview(new PreviewService.Request(file, null, "c1", null, "scale", 1.5), null).channels().get(0);
        assertArrayEquals(floats(expected), shownVoxels(preview.perturbedViewer()));
        // the perturbed view keeps the original's window, so the intensity change is visible
        assertEquals(Ui.on(() -> preview.originalViewer().window()), Ui.on(() -> preview.perturbedViewer().window()));
        Ui.run(() -> Ui.screenshot(shell, "preview-scale-1.5"));
    }

    @Test
    void aMissingCaseFileShowsAnErrorInTheComposite() throws Exception {
        load();
        awaitShown(0);
        assertNull(Ui.on(() -> preview.errorText()));
        Files.delete(file.getParent().resolve("images/c2.nii.gz"));
        Ui.run(() -> preview.select("c2", null));
        Ui.waitUntil(() -> preview.errorText() != null && !preview.isBusy(), "the error");
        String error = Ui.on(() -> preview.errorText());
        assertTrue(error.startsWith("Cannot preview case 'c2' at rz = 0 deg: "), error);
        assertTrue(error.contains("c2.nii.gz"), "names the file: " + error);
        assertFalse(error.contains("Exception"), "no stack trace or exception name: " + error);
        assertNull(Ui.on(() -> preview.shownValue()));
        assertNull(Ui.on(() -> preview.perturbedViewer().volume()), "no stale image of another case stays");
        Ui.run(() -> Ui.screenshot(shell, "preview-missing-case"));

        // back to a case that exists: the whole study is invalid while a file is missing, so the error stays
        // until the file is back
        Files.copy(file.getParent().resolve("images/c1.nii.gz"), file.getParent().resolve("images/c2.nii.gz"));
        Ui.run(() -> preview.select("c2", null));
        awaitShown(0);
        assertNull(Ui.on(() -> preview.errorText()), "the error goes once the case can be read");
    }

    @Test
    void theViewPreviewsAStudyFile() throws Exception {
        PerturbationPreviewView view = Ui.on(() -> {
            try {
                return PerturbationPreviewView.show(PlatformUI.getWorkbench().getActiveWorkbenchWindow(), file);
            } catch (org.eclipse.ui.PartInitException e) {
                throw new AssertionError(e);
            }
        });
        assertNotNull(view);
        PerturbationPreview p = view.preview();
        Ui.waitUntil(() -> !p.isBusy() && Double.valueOf(0).equals(p.shownValue()), "the view's preview");
        assertTrue(Ui.on(() -> p.perturbedViewer().getSize().y) > 150, "the maximised view gives the viewers room");
        Ui.run(() -> {
            p.getShell().setSize(1300, 900);
            Ui.screenshot(p.getShell(), "preview-view");
        });
        assertFalse(Ui.on(() -> view.open(file.resolveSibling("nothing.segsense"))), "a missing study file is refused");
        String label = Ui.on(() -> ((Label) find((Composite) view.preview().getParent(), "preview.study")).getText());
        assertTrue(label.contains("nothing.segsense") && label.contains("still shows"), label);
        Ui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().hideView(view));
    }
}
