// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.segsense.ui.projects.ImportCasesWizard;
import org.segsense.ui.projects.NewProjectWizard;

/**
 * The File menu offers the project wizards (the example project is one choice of New SegSense Project), and
 * choosing an entry opens its wizard.
 */
class FileMenuTest {

	private static MenuItem fileMenuItem(String label) {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		for (MenuItem top : bar.getItems()) {
			if (top.getText().replace("&", "").equals("File")) {
				top.getMenu().notifyListeners(SWT.Show, new Event()); // filled lazily, as when the user opens it
				for (MenuItem item : top.getMenu().getItems()) {
					if (item.getText().replace("&", "").startsWith(label)) {
						return item;
					}
				}
			}
		}
		throw new AssertionError("the File menu has no " + label + "; it has " + labels());
	}

	private static List<String> labels() {
		List<String> all = new ArrayList<>();
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		Arrays.stream(bar.getItems()).filter(t -> t.getText().replace("&", "").equals("File"))
				.forEach(t -> Arrays.stream(t.getMenu().getItems()).forEach(i -> all.add(i.getText())));
		return all;
	}

	private static void choose(String label, Class<?> wizardType, String title) {
		// The wizard dialog is modal: choose the entry asynchronously, then find the dialog's shell.
		Gui.display().asyncExec(() -> fileMenuItem(label).notifyListeners(SWT.Selection, new Event()));
		Gui.waitUntil(() -> Arrays.stream(Gui.display().getShells())
				.anyMatch(s -> s.isVisible() && s.getData() instanceof WizardDialog), "the " + title + " wizard to open");
		Shell shell = Gui.on(() -> Arrays.stream(Gui.display().getShells()).filter(s -> s.isVisible() && s.getData() instanceof WizardDialog)
				.findFirst().orElseThrow());
		try {
			WizardDialog dialog = (WizardDialog) Gui.on(shell::getData);
			assertTrue(wizardType.isInstance(Gui.on(() -> dialog.getCurrentPage().getWizard())),
					"the entry opened " + Gui.on(() -> dialog.getCurrentPage().getWizard()));
			assertEquals(title, Gui.on(shell::getText));
		} finally {
			Gui.run(shell::close);
		}
	}

	@Test
	void newSegSenseProjectFromTheFileMenuOpensTheProjectWizard() {
		choose("New SegSense Project", NewProjectWizard.class, "New SegSense Project");
	}

	@Test
	void importCasesFromTheFileMenuOpensTheImportWizard() {
		choose("Import Cases", ImportCasesWizard.class, "Import Cases");
	}

	/**
	 * The File menu holds SegSense's entries and Exit, nothing else: the IDE bundles' Open File…, Convert Line
	 * Delimiters To and Restart are hidden (they did nothing useful for SegSense), also after a perspective reset.
	 */
	@Test
	void fileMenuShowsExactlyTheSegSenseEntries() {
		Gui.run(() -> PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage().resetPerspective());
		List<String> shown = Gui.on(() -> {
			Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
			MenuItem file = Arrays.stream(bar.getItems()).filter(t -> t.getText().replace("&", "").equals("File")).findFirst().orElseThrow();
			file.getMenu().notifyListeners(SWT.Show, new Event());
			List<String> labels = new ArrayList<>();
			for (MenuItem item : file.getMenu().getItems()) {
				if ((item.getStyle() & SWT.SEPARATOR) == 0) {
					labels.add(item.getText().replace("&", "").replaceAll("\\t.*", ""));
				}
			}
			file.getMenu().notifyListeners(SWT.Hide, new Event());
			return labels;
		});
		assertEquals(List.of("New SegSense Project\u2026", "New SegSense Study\u2026", "Import Cases\u2026", "Open Study\u2026",
				"Preview Perturbations\u2026", "Open Image\u2026", "Exit"), shown);
	}

	@Test
	void newSegSenseStudyIsInTheFileMenu() {
		assertTrue(Gui.on(() -> fileMenuItem("New SegSense Study").isEnabled()));
	}
}
