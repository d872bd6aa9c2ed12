// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.core.commands.NotHandledException;
import org.eclipse.core.commands.common.NotDefinedException;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ImageHyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.handlers.IHandlerService;
import org.segsense.ui.ReadOnlyEditor;

/**
 * The welcome page, in the editor area: a short introduction and links to create the example project (the New
 * Project wizard with the example chosen), a new empty project, open a study (File → Open Study…) and the
 * getting-started page ({@code help/getting-started.html}). Opened on the first start — a workspace without
 * projects — and by Help → Welcome.
 */
public final class WelcomeEditor extends ReadOnlyEditor {

	/** The editor id (plugin.xml). */
	public static final String ID = "org.segsense.ui.projects.welcome";
	/** The getting-started page of this bundle the docs link opens. */
	public static final String DOCS = "help/getting-started.html";

	private FormToolkit toolkit;
	private ScrolledForm form;
	private Image icon;

	/** Opens (or shows) the welcome page on {@code page}. */
	public static void open(IWorkbenchPage page) throws PartInitException {
		page.openEditor(Input.INSTANCE, ID);
	}

	/** Opens the welcome page when the workspace has no projects (the first start); @return whether it did */
	public static boolean openOnFirstStart(IWorkbenchWindow window) {
		if (window == null || window.getActivePage() == null || ResourcesPlugin.getWorkspace().getRoot().getProjects().length > 0) {
			return false;
		}
		try {
			open(window.getActivePage());
			return true;
		} catch (PartInitException e) {
			return false;
		}
	}

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		setSite(site);
		setInput(input);
		setPartName("Welcome");
	}

	@Override
	public void createPartControl(Composite parent) {
		toolkit = new FormToolkit(parent.getDisplay());
		form = toolkit.createScrolledForm(parent);
		form.setText("Welcome to SegSense");
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		Label intro = toolkit.createLabel(body, "SegSense measures how a segmentation model's output changes when its input is perturbed. "
				+ "An experiment project holds the case images, the trained models (SavedModel folders), the studies that say what to "
				+ "perturb and measure, and the runs with their results.", SWT.WRAP);
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.widthHint = 560;
		intro.setLayoutData(gd);
		icon = ImageDescriptor.createFromURL(WelcomeEditor.class.getResource("/icons/segsense16.png")).createImage();
		link(body, "welcome.example", "Create the example project",
				"The cerebellum example as ./segsense demo --quick prepares it: cases, three trained models, two studies and their runs.",
				() -> openWizard(new NewProjectWizard().startWith(NewProjectWizard.Start.EXAMPLE)));
		link(body, "welcome.emptyProject", "New empty project", "A project with images/, models/ and runs/, ready for File \u2192 Import Cases\u2026",
				() -> openWizard(new NewProjectWizard().startWith(NewProjectWizard.Start.EMPTY)));
		link(body, "welcome.openStudy", "Open a study", "A study file (*.segsense) anywhere, in the study editor (File \u2192 Open Study\u2026).",
				this::openStudy);
		link(body, "welcome.docs", "Getting started", "What projects, studies and runs are, and where the full documentation is.", this::openDocs);
	}

	private void link(Composite body, String id, String text, String description, Runnable action) {
		ImageHyperlink link = toolkit.createImageHyperlink(body, SWT.NONE);
		link.setImage(icon);
		link.setText(text);
		link.setFont(org.eclipse.jface.resource.JFaceResources.getHeaderFont());
		Widgets.id(link, id);
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				action.run();
			}
		});
		GridData ld = new GridData(SWT.LEFT, SWT.TOP, false, false);
		ld.verticalIndent = 14;
		link.setLayoutData(ld);
		Label d = toolkit.createLabel(body, description, SWT.WRAP);
		GridData dd = new GridData(SWT.FILL, SWT.TOP, true, false);
		dd.horizontalIndent = 22;
		dd.widthHint = 540;
		d.setLayoutData(dd);
	}

	private void openWizard(NewProjectWizard wizard) {
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		new WizardDialog(getSite().getShell(), wizard).open();
	}

	private void openStudy() {
		try {
			getSite().getService(IHandlerService.class).executeCommand("org.segsense.ui.editor.openStudy", null);
		} catch (ExecutionException | NotDefinedException | NotEnabledException | NotHandledException e) {
			MessageDialog.openError(getSite().getShell(), "Open a study", "Cannot open a study: " + e.getMessage());
		}
	}

	/** @return the getting-started page as a file URL */
	public static URL docs() throws IOException {
		return FileLocator.toFileURL(WelcomeEditor.class.getResource("/" + DOCS));
	}

	private void openDocs() {
		try {
			PlatformUI.getWorkbench().getBrowserSupport().getExternalBrowser().openURL(docs());
		} catch (IOException | PartInitException e) {
			MessageDialog.openError(getSite().getShell(), "Getting started", "Cannot open " + DOCS + ": " + e.getMessage());
		}
	}

	@Override
	public void setFocus() {
		form.setFocus();
	}

	@Override
	public void dispose() {
		if (toolkit != null) {
			toolkit.dispose();
		}
		if (icon != null) {
			icon.dispose();
		}
		super.dispose();
	}





	/** The welcome page's input: one, not persisted. */
	static final class Input implements IEditorInput {
		static final Input INSTANCE = new Input();

		@Override
		public <T> T getAdapter(Class<T> adapter) {
			return null;
		}

		@Override
		public boolean exists() {
			return false;
		}

		@Override
		public ImageDescriptor getImageDescriptor() {
			return null;
		}

		@Override
		public String getName() {
			return "Welcome";
		}

		@Override
		public IPersistableElement getPersistable() {
			return null;
		}

		@Override
		public String getToolTipText() {
			return "Welcome to SegSense";
		}
	}
}
