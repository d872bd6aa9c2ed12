// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.preview;

import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.segsense.model.Study;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.preview.PreviewService;
import org.segsense.workflows.preview.PreviewServiceImpl;
import org.segsense.workflows.study.StudyService;
import org.segsense.workflows.study.StudyServiceImpl;

/**
 * The "Perturbation Preview" view: a {@link PerturbationPreview} of a study file chosen with "Open Study…"
 * (or File → Preview Perturbations…). Its project folder is the study file's folder. A study that cannot be
 * loaded leaves the view empty with the study service's message.
 */
public final class PerturbationPreviewView extends ViewPart {

    /** The view's id in plugin.xml. */
    public static final String ID = "org.segsense.ui.preview.view";

    private Label studyLabel;
    private PerturbationPreview preview;
    private Path shown;

    @Override
    public void createPartControl(Composite parent) {
        Composite root = new Composite(parent, SWT.NONE);
        root.setLayout(new GridLayout(2, false));
        studyLabel = new Label(root, SWT.WRAP);
        studyLabel.setData("segsense.id", "preview.study");
        studyLabel.setText("No study: choose one with \u201cOpen Study\u2026\u201d.");
        studyLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        Button open = new Button(root, SWT.PUSH);
        open.setText("Open Study\u2026");
        open.setData("segsense.id", "preview.open");
        open.addListener(SWT.Selection, e -> {
            Path file = chooseStudy(root.getShell());
            if (file != null) {
                open(file);
            }
        });
        preview = new PerturbationPreview(root, SWT.NONE, service(PreviewService.class, new PreviewServiceImpl()));
        preview.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
    }

    /** @return the study file the user chose, or null */
    static Path chooseStudy(org.eclipse.swt.widgets.Shell shell) {
        FileDialog d = new FileDialog(shell, SWT.OPEN);
        d.setText("Preview the perturbations of a study");
        d.setFilterExtensions(new String[] {"*.segsense", "*.*"});
        d.setFilterNames(new String[] {"SegSense studies (*.segsense)", "All files"});
        String f = d.open();
        return f == null ? null : Path.of(f);
    }

    /**
     * Loads a study file and previews its first case and axis.
     *
     * @param studyFile the study
     * @return true when the study was loaded
     */
    public boolean open(Path studyFile) {
        try {
            Study study = service(StudyService.class, new StudyServiceImpl()).load(studyFile);
            preview.setStudy(study, studyFile, null);
            shown = studyFile;
            studyLabel.setText("Study " + study.getId() + ": " + studyFile);
            setContentDescription("");
            return true;
        } catch (WorkflowException e) {
            studyLabel.setText(e.getMessage() + (shown == null ? "" : "\nThe preview below still shows " + shown + "."));
            return false;
        } finally {
            studyLabel.getParent().layout(true, true);
        }
    }

    /**
     * Shows the view maximised (three viewers need the room) and previews a study file in it.
     *
     * @param window the workbench window
     * @param studyFile the study
     * @return the view
     */
    public static PerturbationPreviewView show(IWorkbenchWindow window, Path studyFile) throws PartInitException {
        IWorkbenchPage page = window.getActivePage();
        PerturbationPreviewView view = (PerturbationPreviewView) page.showView(ID);
        page.setPartState(page.getReference(view), IWorkbenchPage.STATE_MAXIMIZED);
        view.open(studyFile);
        return view;
    }

    /** @return the preview composite */
    public PerturbationPreview preview() {
        return preview;
    }

    private static <T> T service(Class<T> type, T fallback) {
        Bundle b = FrameworkUtil.getBundle(PerturbationPreviewView.class);
        BundleContext c = b == null ? null : b.getBundleContext();
        ServiceReference<T> ref = c == null ? null : c.getServiceReference(type);
        T s = ref == null ? null : c.getService(ref);
        return s != null ? s : fallback;
    }

    @Override
    public void setFocus() {
        preview.setFocus();
    }
}
