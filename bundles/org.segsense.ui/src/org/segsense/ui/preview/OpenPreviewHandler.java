// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.preview;

import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;

/** File → Preview Perturbations…: asks for a study file and shows it in the Perturbation Preview view. */
public final class OpenPreviewHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) throws ExecutionException {
        IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
        Path file = PerturbationPreviewView.chooseStudy(window.getShell());
        if (file == null) {
            return null;
        }
        try {
            PerturbationPreviewView.show(window, file);
        } catch (PartInitException e) {
            throw new ExecutionException("Cannot open the Perturbation Preview view: " + e.getMessage(), e);
        }
        return null;
    }
}
