// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.net.URI;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.PartInitException;
import org.segsense.image.Image;
import org.segsense.image.io.ImageIO;
import org.segsense.ui.ReadOnlyEditor;

/**
 * The editor "SegSense Image Viewer": an {@link ImageViewer} on one image file (NIfTI, MetaImage,
 * NRRD). It accepts any {@link IPathEditorInput} — the {@link PathEditorInput} of File → Open
 * Image…, and, where {@code org.eclipse.ui.ide} is present, workspace files ("Open With → SegSense
 * Image Viewer") — and inputs with a {@code file:} URI ({@code org.eclipse.ui.ide}'s
 * {@code IURIEditorInput}, e.g. a file store, found by its {@code getURI()} method because the product
 * does not ship {@code org.eclipse.ui.ide}). The file is read by a
 * background job; a file that cannot be read leaves the editor open with the reader's message in
 * its status line. The editor never writes the file.
 */
public final class ImageViewerEditor extends ReadOnlyEditor {

    /** The editor id. */
    public static final String ID = "org.segsense.ui.viewer.editor";

    private Path file;
    private ImageViewer viewer;
    private Job reading;

    @Override
    public void init(IEditorSite site, IEditorInput input) throws PartInitException {
        file = pathOf(input);
        if (file == null) {
            throw new PartInitException("The SegSense Image Viewer opens image files on disk; '" + input.getName()
                    + "' is not one. Open it with File \u2192 Open Image\u2026");
        }
        setSite(site);
        setInput(input);
        setPartName(file.getFileName().toString());
        setTitleToolTip(file.toString());
    }

    /**
     * The file of an editor input, or null when it is not a local file.
     *
     * @param input the input
     * @return the path or null
     */
    public static Path pathOf(IEditorInput input) {
        if (input instanceof PathEditorInput) {
            return ((PathEditorInput) input).file();
        }
        if (input instanceof IPathEditorInput) {
            return ((IPathEditorInput) input).getPath().toPath();
        }
        try {
            Object uri = input.getClass().getMethod("getURI").invoke(input);
            if (uri instanceof URI && "file".equals(((URI) uri).getScheme())) {
                return Path.of((URI) uri);
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // not a URI input
        }
        return null;
    }

    @Override
    public void createPartControl(Composite parent) {
        viewer = new ImageViewer(parent, SWT.NONE);
        viewer.showMessage("Reading " + file + "\u2026");
        reading = Job.create("Reading " + file.getFileName(), (IProgressMonitor monitor) -> {
            try {
                Image image = ImageIO.read(file);
                viewer.getDisplay().asyncExec(() -> {
                    if (!viewer.isDisposed()) {
                        viewer.setImage(image);
                    }
                });
                return Status.OK_STATUS;
            } catch (Exception | OutOfMemoryError e) {
                String text = e.getMessage() == null ? e.toString() : e.getMessage();
                if (!viewer.isDisposed()) {
                    viewer.getDisplay().asyncExec(() -> {
                        if (!viewer.isDisposed()) {
                            viewer.showMessage("Cannot show " + file + ": " + text);
                        }
                    });
                }
                return Status.OK_STATUS; // the message is in the editor's status line, once

            }
        });
        reading.setSystem(false);
        reading.schedule();
    }

    /** @return the viewer (null before the part control exists) */
    public ImageViewer viewer() {
        return viewer;
    }

    /** @return the job reading the file */
    public Job readingJob() {
        return reading;
    }

    @Override
    public void setFocus() {
        viewer.view(ViewPlane.AXIAL).setFocus();
    }
}
