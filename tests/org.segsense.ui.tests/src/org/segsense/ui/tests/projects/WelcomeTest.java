// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.expressions.EvaluationResult;
import org.eclipse.core.expressions.Expression;
import org.eclipse.core.expressions.ExpressionInfo;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerActivation;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.segsense.ui.projects.NewProjectWizard;
import org.segsense.ui.projects.WelcomeEditor;

/**
 * The welcome page: opened on the first start (no projects) and by Help → Welcome; its links open the New
 * Project wizard with the example or the empty project chosen, File → Open Study…, and the getting-started page.
 */
class WelcomeTest {

	@AfterEach
	void closeEditorsAndDeleteProjects() throws Exception {
		Gui.run(() -> page().closeAllEditors(false));
		for (IProject p : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			p.delete(true, true, new NullProgressMonitor());
		}
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static String activeEditorId() {
		return Gui.on(() -> page().getActiveEditor() == null ? null : page().getActiveEditor().getSite().getId());
	}

	private static void openWelcome() {
		Gui.run(() -> {
			try {
				WelcomeEditor.open(page());
			} catch (org.eclipse.ui.PartInitException e) {
				throw new AssertionError(e);
			}
		});
	}

	/** Activates a hyperlink as a click does (mouse down and up inside it). */
	private static void clickLink(String id) {
		Control link = Gui.on(() -> Gui.byId(page().getWorkbenchWindow().getShell(), id));
		Gui.display().asyncExec(() -> {
			for (int type : new int[] {SWT.MouseDown, SWT.MouseUp}) {
				Event e = new Event();
				e.button = 1;
				e.x = 2;
				e.y = 2;
				link.notifyListeners(type, e);
			}
		});
	}

	private static Shell wizardShell() {
		Gui.waitUntil(() -> Arrays.stream(Gui.display().getShells()).anyMatch(s -> s.isVisible() && s.getData() instanceof WizardDialog),
				"a wizard to open");
		return Gui.on(() -> Arrays.stream(Gui.display().getShells()).filter(s -> s.isVisible() && s.getData() instanceof WizardDialog).findFirst()
				.orElseThrow());
	}

	@Test
	void opensOnTheFirstStartOnlyWhenThereIsNoProject() {
		Gui.run(() -> page().closeAllEditors(false));
		assertTrue(Gui.on(() -> WelcomeEditor.openOnFirstStart(page().getWorkbenchWindow())));
		assertEquals(WelcomeEditor.ID, activeEditorId());
		Gui.run(() -> page().closeAllEditors(false));
		Gui.run(() -> {
			try {
				ResourcesPlugin.getWorkspace().getRoot().getProject("lab-w").create(null);
			} catch (org.eclipse.core.runtime.CoreException e) {
				throw new AssertionError(e);
			}
		});
		assertFalse(Gui.on(() -> WelcomeEditor.openOnFirstStart(page().getWorkbenchWindow())), "a workspace with a project is no first start");
		assertEquals(null, activeEditorId());
	}

	@Test
	void helpWelcomeReopensIt() {
		Gui.run(() -> page().closeAllEditors(false));
		Gui.run(() -> {
			Menu bar = page().getWorkbenchWindow().getShell().getMenuBar();
			MenuItem help = Arrays.stream(bar.getItems()).filter(t -> t.getText().replace("&", "").equals("Help")).findFirst().orElseThrow();
			help.getMenu().notifyListeners(SWT.Show, new Event());
			MenuItem welcome = Arrays.stream(help.getMenu().getItems()).filter(i -> i.getText().replace("&", "").equals("Welcome")).findFirst()
					.orElseThrow(() -> new AssertionError("Help has no Welcome"));
			help.getMenu().notifyListeners(SWT.Hide, new Event());
			welcome.notifyListeners(SWT.Selection, new Event());
		});
		Gui.waitUntil(() -> WelcomeEditor.ID.equals(page().getActiveEditor() == null ? null : page().getActiveEditor().getSite().getId()),
				"Help \u2192 Welcome to show the welcome page");
		Gui.run(() -> Gui.screenshot(page().getWorkbenchWindow().getShell(), "welcome"));
	}

	@Test
	void createTheExampleProjectOpensTheProjectWizardWithTheExampleChosen() {
		openWelcome();
		clickLink("welcome.example");
		Shell shell = wizardShell();
		try {
			WizardDialog dialog = (WizardDialog) Gui.on(shell::getData);
			assertTrue(Gui.on(() -> dialog.getCurrentPage().getWizard()) instanceof NewProjectWizard);
			assertEquals("cerebellum-example", Gui.on(() -> Gui.all(shell, Text.class).get(0).getText()));
			Gui.run(() -> Gui.click(Gui.button(shell, "Next >")));
			assertTrue(Gui.on(() -> ((Button) Gui.byId(shell, "project.example")).getSelection()), "the example is chosen");
			assertFalse(Gui.on(() -> ((Button) Gui.byId(shell, "project.starterStudy")).getSelection()));
		} finally {
			Gui.run(shell::close);
		}
	}

	@Test
	void newEmptyProjectOpensTheProjectWizardWithTheEmptyProjectChosen() {
		openWelcome();
		clickLink("welcome.emptyProject");
		Shell shell = wizardShell();
		try {
			Gui.run(() -> {
				Gui.all(shell, Text.class).get(0).setText("lab-empty");
				Gui.click(Gui.button(shell, "Next >"));
			});
			assertTrue(Gui.on(() -> ((Button) Gui.byId(shell, "project.empty")).getSelection()), "the empty project is chosen");
			assertFalse(Gui.on(() -> ((Button) Gui.byId(shell, "project.example")).getSelection()));
		} finally {
			Gui.run(shell::close);
		}
	}

	@Test
	void openAStudyRunsFileOpenStudyAndTheDocsLinkTargetsTheGettingStartedPage() throws Exception {
		openWelcome();
		AtomicInteger runs = new AtomicInteger();
		IHandlerService handlers = Gui.on(() -> PlatformUI.getWorkbench().getService(IHandlerService.class));
		// stands in for File → Open Study…'s handler, whose native file dialog a test cannot answer
		// (an expression on the active part ranks it above the command's default handler)
		Expression always = new Expression() {
			@Override
			public EvaluationResult evaluate(IEvaluationContext context) {
				return EvaluationResult.TRUE;
			}

			@Override
			public void collectExpressionInfo(ExpressionInfo info) {
				info.addVariableNameAccess(ISources.ACTIVE_PART_NAME);
			}
		};
		IHandlerActivation activation = Gui.on(() -> handlers.activateHandler("org.segsense.ui.editor.openStudy", new AbstractHandler() {
			@Override
			public Object execute(ExecutionEvent event) {
				runs.incrementAndGet();
				return null;
			}
		}, always));
		try {
			clickLink("welcome.openStudy");
			Gui.waitUntil(() -> runs.get() == 1, "Open a study to run File \u2192 Open Study\u2026");
		} finally {
			Gui.run(() -> handlers.deactivateHandler(activation));
		}
		Gui.on(() -> Gui.byId(page().getWorkbenchWindow().getShell(), "welcome.docs"));
		Path docs = Path.of(WelcomeEditor.docs().toURI());
		assertTrue(Files.readString(docs).contains("<h1>SegSense: getting started</h1>"), docs.toString());
	}
}
