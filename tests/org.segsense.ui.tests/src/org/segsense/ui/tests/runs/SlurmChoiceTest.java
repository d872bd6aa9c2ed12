// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.tests.runs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.ui.editor.Ids;
import org.segsense.ui.runs.RunActions;
import org.segsense.ui.runs.RunDialog;
import org.segsense.ui.runs.RunJob;
import org.segsense.ui.runs.SlurmSection;
import org.segsense.ui.runs.SlurmSubmitJob;
import org.segsense.ui.tests.viewer.Ui;
import org.segsense.workflows.slurm.SlurmPlan;
import org.segsense.workflows.slurm.SlurmRequest;
import org.segsense.workflows.slurm.SlurmServiceImpl;

/**
 * The Run dialog's "Submit to Slurm" choice without a cluster: disabled with the reason when sbatch is not on the
 * PATH; with an sbatch on the PATH (a script that records its arguments and answers job ids, as {@code sbatch
 * --parsable} does) the dialog's fields become the {@link SlurmRequest} the service takes, its plan carries them into
 * the #SBATCH lines, and the background submission job submits the array and the merge job chained after it. A
 * launcher that is not executable is refused in the dialog. (The real cluster tests are in tests/slurm.)
 */
class SlurmChoiceTest {

	@TempDir
	Path tmp;

	private RunDialog dialog;

	@AfterEach
	void close() {
		Ui.run(() -> {
			if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
				dialog.close();
			}
		});
	}

	private static Path executable(Path file, String text) throws Exception {
		Files.createDirectories(file.getParent());
		Files.writeString(file, text);
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
		return file;
	}

	private Shell open(Path study, Map<String, String> env) {
		return Ui.on(() -> {
			Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
			Path base = study.getParent();
			dialog = new RunDialog(parent, RunJob.Kind.RUN, base, List.of(base.resolve("runs/local")), RunDialog.Defaults.AUTO, env);
			dialog.setBlockOnOpen(false);
			dialog.open();
			return dialog.getShell();
		});
	}

	@Test
	void withoutSbatchOnThePathTheChoiceIsDisabledAndSaysWhy() throws Exception {
		Path study = RunStudies.study(tmp.resolve("p"), "tiny");
		Path emptyBin = Files.createDirectories(tmp.resolve("bin"));
		Shell d = open(study, Map.of("PATH", emptyBin.toString()));
		Button choice = Ui.on(() -> RunUi.find(d, SlurmSection.CHOICE));
		assertFalse(Ui.on(choice::isEnabled), "no sbatch: the choice is disabled");
		String tip = Ui.on(choice::getToolTipText);
		assertTrue(tip.contains("sbatch is not on PATH (" + emptyBin + ")") && tip.contains("slurm-client"), tip);
		assertEquals("sbatch is not on PATH", Ui.on(() -> RunUi.<Label>find(d, SlurmSection.REASON).getText()));
		assertFalse(Ui.on(() -> RunUi.<Control>find(d, SlurmSection.SHARDS).isEnabled()));
		Ui.run(() -> Ui.screenshot(d, "runs-dialog-no-slurm"));
		RunUi.ok(d, RunDialog.SHELL);
		assertNull(dialog.choice().slurm(), "a local run");
		assertEquals(study.getParent().resolve("runs/local"), dialog.choice().runDir());
	}

	@Test
	void theChoiceBuildsTheServiceRequestAndSubmitsInTheBackground() throws Exception {
		Path study = RunStudies.study(tmp.resolve("p"), "tiny");
		Path calls = tmp.resolve("sbatch-calls.txt");
		Path bin = tmp.resolve("bin");
		executable(bin.resolve("sbatch"), """
				#!/bin/sh
				echo "$@" >> %s
				n=$(wc -l < %s)
				echo "$((4241 + n));cluster"
				""".formatted(calls, calls));
		Path launcher = executable(tmp.resolve("shared/segsense"), "#!/bin/sh\nexit 0\n");
		Map<String, String> env = Map.of("PATH", bin + ":/usr/bin:/bin", "SEGSENSE_LAUNCHER", launcher.toString());
		Shell d = open(study, env);
		Button choice = Ui.on(() -> RunUi.find(d, SlurmSection.CHOICE));
		assertTrue(Ui.on(choice::isEnabled), "sbatch on the PATH: the choice is enabled");
		assertFalse(Ui.on(() -> RunUi.<Control>find(d, SlurmSection.PARTITION).isEnabled()), "the fields follow the choice");
		assertEquals(launcher.toString(), Ui.on(() -> RunUi.<Text>find(d, SlurmSection.LAUNCHER).getText()), "SEGSENSE_LAUNCHER");
		Ui.run(() -> {
			choice.setSelection(true);
			Ui.send(choice, SWT.Selection, new org.eclipse.swt.widgets.Event());
			RunUi.<Combo>find(d, RunDialog.FOLDER).setText("runs/on-slurm");
			RunUi.<Spinner>find(d, RunDialog.THREADS).setSelection(2);
			RunUi.<Spinner>find(d, SlurmSection.SHARDS).setSelection(3);
			RunUi.<Text>find(d, SlurmSection.PARTITION).setText("debug");
			RunUi.<Text>find(d, SlurmSection.TIME).setText("0:10:00");
			RunUi.<Text>find(d, SlurmSection.MEM).setText(" 2G ");
			RunUi.<Text>find(d, SlurmSection.ACCOUNT).setText("lab");
		});
		assertTrue(Ui.on(() -> RunUi.<Control>find(d, SlurmSection.PARTITION).isEnabled()));
		assertFalse(Ui.on(() -> RunUi.<Control>find(d, RunDialog.DEVICE).isEnabled()), "on Slurm the study's execution settings decide the device");
		assertEquals("Submit", Ui.on(() -> RunUi.<Button>find(d, Ids.DIALOG_OK).getText()));
		Ui.run(() -> Ui.screenshot(d, "runs-dialog-slurm"));

		// a launcher that is not executable is refused in the dialog, which stays open
		Ui.run(() -> {
			RunUi.<Text>find(d, SlurmSection.LAUNCHER).setText(tmp.resolve("nowhere/segsense").toString());
			RunUi.pressLater(RunUi.find(d, Ids.DIALOG_OK));
		});
		Ui.waitUntil(() -> dialog.getErrorMessage() != null, "the dialog's error message");
		assertTrue(dialog.getErrorMessage().contains("nowhere/segsense is not an executable file"), dialog.getErrorMessage());
		Ui.run(() -> RunUi.<Text>find(d, SlurmSection.LAUNCHER).setText(launcher.toString()));
		RunUi.ok(d, RunDialog.SHELL);

		RunDialog.Choice c = dialog.choice();
		assertNotNull(c.slurm(), "the Slurm choice");
		Path runDir = study.getParent().resolve("runs/on-slurm");
		SlurmRequest request = RunActions.slurmRequest(study, c);
		assertEquals(new SlurmRequest(study, runDir, 3, "debug", "0:10:00", "2G", 2, null, "lab", launcher), request);
		SlurmPlan plan = new SlurmServiceImpl(env, 10).plan(request);
		assertEquals(3, plan.shards());
		assertEquals(RunStudies.JOBS, plan.shardJobs().stream().mapToInt(Integer::intValue).sum());
		for (String line : List.of("#SBATCH --partition=debug", "#SBATCH --time=0:10:00", "#SBATCH --mem=2G", "#SBATCH --cpus-per-task=2",
				"#SBATCH --account=lab", "#SBATCH --array=1-3")) {
			assertTrue(plan.shardsScript().contains(line), line + " in\n" + plan.shardsScript());
		}

		// the background submission: the array, then the merge job after it
		SlurmSubmitJob job = new SlurmSubmitJob(new SlurmServiceImpl(env, 10), request);
		job.schedule();
		job.join();
		assertNull(job.error(), job.error());
		assertEquals("4242", job.plan().arrayJob());
		assertEquals("4243", job.plan().mergeJob());
		assertEquals(IStatus.INFO, job.getResult().getSeverity());
		assertTrue(job.getResult().getMessage().contains("array job 4242 and merge job 4243"), job.getResult().getMessage());
		List<String> sbatch = Files.readAllLines(calls);
		assertEquals(2, sbatch.size(), sbatch.toString());
		assertTrue(sbatch.get(1).contains("--dependency=afterok:4242"), sbatch.get(1));
		assertTrue(Files.isRegularFile(runDir.resolve("slurm/shards.sbatch")), "the scripts written");

		// the workbench's own service (this process's PATH has no sbatch here) fails with the service's one message
		if (SlurmSection.sbatchMissing(System.getenv()) != null) {
			SlurmSubmitJob viaWorkbench = RunActions.submitToSlurm(study, new RunDialog.Choice(study.getParent().resolve("runs/other"), 2, 0, 0, null, 0,
					c.slurm()));
			viaWorkbench.join();
			assertEquals(IStatus.ERROR, viaWorkbench.getResult().getSeverity());
			assertTrue(viaWorkbench.error().startsWith("sbatch was not found on PATH"), viaWorkbench.error());
			assertFalse(Files.exists(study.getParent().resolve("runs/other/slurm")), "nothing written");
		}
	}
}
