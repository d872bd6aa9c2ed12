// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.commands.Command;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.testing.TestData;
import org.segsense.ui.viewer.ImageViewer;
import org.segsense.ui.viewer.ImageViewerEditor;
import org.segsense.ui.viewer.OpenImageHandler;
import org.segsense.ui.viewer.PathEditorInput;
import org.segsense.ui.viewer.ViewPlane;

/**
 * The "SegSense Image Viewer" editor in the running workbench: its registration for image files,
 * the File → Open Image… command, a real anatomy image (Colin 27, {@code mricron/ch2.nii.gz}) with
 * the AAL atlas as overlay (screenshots), and one clear message for an unreadable file.
 */
class ImageViewerEditorTest {

    @TempDir
    Path temp;

    private static IWorkbenchPage page() {
        return PlatformUI.getWorkbench().getWorkbenchWindows()[0].getActivePage();
    }

    @AfterEach
    void closeEditors() {
        Ui.run(() -> page().closeAllEditors(false));
    }

    private static ImageViewerEditor open(Path file) {
        ImageViewerEditor editor = Ui.on(() -> {
            try {
                IEditorPart part = page().openEditor(new PathEditorInput(file), ImageViewerEditor.ID);
                return (ImageViewerEditor) part;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        try {
            editor.readingJob().join(60_000, null);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        return editor;
    }

    @Test
    void editorIsTheDefaultForImageFilesAndFileOpenImageIsAMenuCommand() {
        for (String name : new String[] {"brain.nii", "brain.nii.gz", "case.mha", "case.mhd", "case.nrrd", "case.nhdr"}) {
            IEditorDescriptor d = Ui.on(() -> PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor(name));
            assertNotNull(d, "no editor for " + name);
            assertEquals(ImageViewerEditor.ID, d.getId(), name);
            assertEquals("SegSense Image Viewer", d.getLabel());
        }
        IContentType type = Platform.getContentTypeManager().findContentTypeFor("t1.nii.gz");
        assertNotNull(type);
        assertEquals("org.segsense.ui.image", type.getId());
        IContentType other = Platform.getContentTypeManager().findContentTypeFor("notes.txt.gz");
        assertTrue(other == null || !other.getId().equals("org.segsense.ui.image"), "every .gz file would open in the viewer");
        Command command = Ui.on(() -> PlatformUI.getWorkbench().getService(ICommandService.class).getCommand(OpenImageHandler.COMMAND_ID));
        assertTrue(command.isDefined());
        assertTrue(Ui.on(command::isHandled));
        boolean inFileMenu = Ui.on(() -> {
            org.eclipse.swt.widgets.Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
            for (org.eclipse.swt.widgets.MenuItem top : bar.getItems()) {
                if (top.getText().replace("&", "").equals("File")) {
                    // menus are filled lazily: show the File menu's items as the user opening it would
                    top.getMenu().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
                    for (org.eclipse.swt.widgets.MenuItem item : top.getMenu().getItems()) {
                        if (item.getText().replace("&", "").startsWith("Open Image")) {
                            return true;
                        }
                    }
                }
            }
            return false;
        });
        assertTrue(inFileMenu, "File menu has no Open Image\u2026");
    }

    @Test
    void realAnatomyWithAtlasOverlay() throws Exception {
        Path t1 = TestData.file("mricron/ch2.nii.gz");
        Image atlas = ImageIO.read(TestData.file("mricron/aal.nii.gz"));
        ImageViewerEditor editor = open(t1);
        ImageViewer viewer = editor.viewer();
        Ui.waitUntil(() -> viewer.volume() != null && !viewer.isBusy(), "ch2.nii.gz to be shown");
        assertEquals("ch2.nii.gz", Ui.on(editor::getPartName));
        Ui.await(Ui.on(() -> viewer.setLabels(atlas, Map.of(1, new RGB(255, 0, 0)))));
        Image t1Image = viewer.volume().image();
        // A point of the anatomy: its voxel value under the crosshair is the file's.
        double[] p = t1Image.geometry().indexToPhysical(new double[] {90, 120, 80});
        Ui.run(() -> {
            viewer.setOverlayOpacity(0.35);
            viewer.setCrosshair(p);
        });
        String status = Ui.on(viewer::statusText);
        long expected = (long) t1Image.getDouble(90 + 181L * (120 + 217L * 80), 0);
        assertTrue(status.contains("voxel [90, 120, 80]") && status.contains("value " + expected + "   label"), status);
        Ui.run(() -> {
            Ui.screenshot(page().getWorkbenchWindow().getShell(), "viewer-editor-ch2-aal");
            Ui.screenshot(viewer, "viewer-ch2-aal");
        });
        // Each view shows anatomy: many grey levels, and the image fills the view's middle.
        for (ViewPlane plane : ViewPlane.values()) {
            int levels = Ui.on(() -> {
                org.eclipse.swt.graphics.ImageData d = viewer.view(plane).renderSlice();
                boolean[] seen = new boolean[1 << 24];
                int n = 0;
                for (int y = 0; y < d.height; y += 2) {
                    for (int x = 0; x < d.width; x += 2) {
                        int px = d.getPixel(x, y) & 0xFFFFFF;
                        if (!seen[px]) {
                            seen[px] = true;
                            n++;
                        }
                    }
                }
                return n;
            });
            assertTrue(levels > 100, plane + " view shows only " + levels + " colours");
        }
        Ui.run(() -> {
            viewer.view(ViewPlane.AXIAL).setZoom(2.5);
            Ui.screenshot(viewer, "viewer-ch2-aal-zoomed");
        });
    }

    @Test
    void unreadableFileLeavesOneMessageNamingTheFile() throws Exception {
        Path bad = temp.resolve("broken.nii");
        Files.writeString(bad, "this is not a NIfTI file");
        ImageViewerEditor editor = open(bad);
        Ui.waitUntil(() -> editor.viewer().statusText().startsWith("Cannot show"), "the error message");
        String status = Ui.on(editor.viewer()::statusText);
        assertTrue(status.contains(bad.toString()), status);
        assertTrue(Ui.on(() -> editor.viewer().volume()) == null);
    }

    @Test
    void loadingA256CubedImageReturnsAtOnceAndFinishesInTheBackground() {
        Image big = Image.create(org.segsense.image.ImageGeometry.of(256, 256, 256), org.segsense.image.PixelType.INT16);
        short[] v = big.shorts();
        for (int i = 0; i < v.length; i++) {
            v[i] = (short) (i % 4093);
        }
        ImageViewer viewer = Ui.on(() -> {
            org.eclipse.swt.widgets.Shell s = new org.eclipse.swt.widgets.Shell(Ui.display());
            s.setLayout(new org.eclipse.swt.layout.FillLayout());
            ImageViewer iv = new ImageViewer(s, 0);
            s.setSize(900, 400);
            s.open();
            return iv;
        });
        java.util.concurrent.CompletableFuture<?>[] future = new java.util.concurrent.CompletableFuture<?>[1];
        // Within one UI-thread runnable: the call has returned, the image is not installed yet and
        // the viewer says it is busy (the conversion and percentiles run on its worker thread).
        boolean asynchronous = Ui.on(() -> {
            future[0] = viewer.setImage(big);
            return viewer.volume() == null && viewer.isBusy() && viewer.statusText().equals("Loading\u2026");
        });
        assertTrue(asynchronous);
        Ui.await(future[0]);
        assertTrue(Ui.on(() -> viewer.volume() != null && !viewer.isBusy()));
        Point px = Ui.on(() -> viewer.view(ViewPlane.AXIAL).crosshairPixel());
        assertNotNull(px);
        Ui.run(() -> viewer.getShell().dispose());
    }
}
