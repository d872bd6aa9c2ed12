// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Open Image…: chooses an image file and opens it in the {@link ImageViewerEditor}. */
public final class OpenImageHandler extends AbstractHandler {

    /** The command id. */
    public static final String COMMAND_ID = "org.segsense.ui.viewer.openImage";

    /** The file dialog's filters. */
    static final String[] FILTERS = {"*.nii;*.nii.gz;*.mha;*.mhd;*.nrrd;*.nhdr;*.hdr", "*.*"};

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        FileDialog dialog = new FileDialog(window.getShell(), SWT.OPEN);
        dialog.setText("Open Image");
        dialog.setFilterExtensions(FILTERS);
        dialog.setFilterNames(new String[] {"Images (NIfTI, MetaImage, NRRD)", "All files"});
        String chosen = dialog.open();
        if (chosen != null) {
            try {
                window.getActivePage().openEditor(new PathEditorInput(Path.of(chosen)), ImageViewerEditor.ID);
            } catch (PartInitException e) {
                throw new ExecutionException("Cannot open " + chosen + ": " + e.getMessage(), e);
            }
        }
        return null;
    }
}
