// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.segsense.ui.editor.Ids;
import org.segsense.workflows.slurm.SlurmRequest;

/**
 * The Run dialog's "Submit to Slurm" choice: instead of running here, the study is submitted through the
 * {@code SlurmService} as {@code segsense slurm submit} does (docs/slurm.md) — shards (0: the study's execution
 * setting), partition, time, memory and GPUs of each task, account, and the {@code segsense} launcher the nodes run
 * (default {@code SEGSENSE_LAUNCHER}, set by {@code ./segsense}). Empty fields leave the cluster's defaults. The
 * choice is disabled when {@code sbatch} is not on the {@code PATH}; the reason is its tooltip and is shown beside it.
 */
public final class SlurmSection {

	/** Control ids (widget data {@link Ids#KEY}). */
	public static final String CHOICE = "runs.slurm", REASON = "runs.slurm.reason", SHARDS = "runs.slurm.shards", PARTITION = "runs.slurm.partition",
			TIME = "runs.slurm.time", MEM = "runs.slurm.mem", GPUS = "runs.slurm.gpus", ACCOUNT = "runs.slurm.account",
			LAUNCHER = "runs.slurm.launcher";

	/** What the user chose for the submission (blank strings: the cluster's defaults). */
	public record Options(int shards, String partition, String time, String mem, String gpus, String account, String launcher) {
	}

	private final Button choice;
	private final Spinner shards;
	private final Text partition, time, mem, gpus, account, launcher;

	/**
	 * Adds the section to {@code c} (a 3-column grid).
	 *
	 * @param env the environment: {@code PATH} finds sbatch, {@code SEGSENSE_LAUNCHER}/{@code SEGSENSE_REPO} the launcher
	 * @param onToggle told whether Slurm is chosen each time the user toggles it
	 */
	SlurmSection(Composite c, Map<String, String> env, Consumer<Boolean> onToggle) {
		Label separator = new Label(c, SWT.SEPARATOR | SWT.HORIZONTAL);
		separator.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		choice = new Button(c, SWT.CHECK);
		choice.setText("Submit to Slurm instead of running here");
		choice.setData(Ids.KEY, CHOICE);
		choice.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		Label reason = new Label(c, SWT.WRAP);
		reason.setData(Ids.KEY, REASON);
		reason.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		String missing = sbatchMissing(env);
		if (missing != null) {
			choice.setEnabled(false);
			choice.setToolTipText(missing);
			reason.setText("sbatch is not on PATH");
			reason.setToolTipText(missing);
			reason.setForeground(c.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW));
		} else {
			choice.setToolTipText("An sbatch array of shards and a merge job that writes the report (segsense slurm submit, docs/slurm.md)");
		}
		shards = new Spinner(c, SWT.BORDER);
		label(c, shards, "Shards:", "Array tasks, one shard of the study's jobs each; 0: the study's execution setting 'shards'");
		shards.setData(Ids.KEY, SHARDS);
		shards.setValues(0, 0, 100_000, 0, 1, 10);
		shards.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		partition = text(c, PARTITION, "Partition:", "--partition of every task; empty: the cluster's default", "");
		time = text(c, TIME, "Time limit:", "--time of each task, e.g. 2:00:00; empty: the partition's default", "");
		mem = text(c, MEM, "Memory:", "--mem of each task, e.g. 8G; empty: the cluster's default", "");
		gpus = text(c, GPUS, "GPUs:", "--gpus of each task, e.g. 1; empty: none asked for", "");
		account = text(c, ACCOUNT, "Account:", "--account to charge; empty: your default account", "");
		launcher = text(c, LAUNCHER, "Launcher:", "The segsense script the nodes run, on the shared file system", defaultLauncher(env));
		setFieldsEnabled(false);
		choice.addListener(SWT.Selection, e -> {
			setFieldsEnabled(choice.getSelection());
			onToggle.accept(choice.getSelection());
		});
	}

	private static void label(Composite c, org.eclipse.swt.widgets.Control control, String text, String tip) {
		Label l = new Label(c, SWT.NONE);
		l.setText(text);
		l.setToolTipText(tip);
		l.moveAbove(control);
		control.setToolTipText(tip);
	}

	private static Text text(Composite c, String id, String label, String tip, String value) {
		Label l = new Label(c, SWT.NONE);
		l.setText(label);
		l.setToolTipText(tip);
		Text t = new Text(c, SWT.BORDER);
		t.setData(Ids.KEY, id);
		t.setText(value);
		t.setToolTipText(tip);
		t.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		return t;
	}

	private void setFieldsEnabled(boolean on) {
		for (org.eclipse.swt.widgets.Control x : new org.eclipse.swt.widgets.Control[] {shards, partition, time, mem, gpus, account, launcher}) {
			x.setEnabled(on);
		}
	}

	/** @return whether the user chose to submit to Slurm */
	boolean chosen() {
		return choice.isEnabled() && choice.getSelection();
	}

	/** @return the fields as entered */
	Options options() {
		return new Options(shards.getSelection(), partition.getText().trim(), time.getText().trim(), mem.getText().trim(), gpus.getText().trim(),
				account.getText().trim(), launcher.getText().trim());
	}

	/** @return why the options cannot be submitted, or null */
	static String check(Options o) {
		if (o.launcher().isEmpty()) {
			return "Give the segsense launcher the nodes run (the segsense script on the shared file system).";
		}
		try {
			Path l = Path.of(o.launcher());
			if (!l.isAbsolute() || !Files.isRegularFile(l) || !Files.isExecutable(l)) {
				return "The launcher " + o.launcher() + " is not an executable file given by its absolute path: give the segsense script on the"
						+ " shared file system.";
			}
		} catch (InvalidPathException e) {
			return "The launcher '" + o.launcher() + "' is not a valid path: " + e.getReason() + ".";
		}
		return null;
	}

	/**
	 * @return the service's request: the study, the run folder, the options (blank: null, the cluster's default) and the
	 *         worker threads as the CPUs of each task (0: the cluster's default)
	 */
	public static SlurmRequest request(Path studyFile, Path runDir, int threads, Options o) {
		return new SlurmRequest(studyFile.toAbsolutePath().normalize(), runDir, o.shards(), blank(o.partition()), blank(o.time()), blank(o.mem()),
				threads, blank(o.gpus()), blank(o.account()), Path.of(o.launcher()));
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	/** @return why Slurm cannot be used here (sbatch not on {@code env}'s PATH), or null when it is there */
	public static String sbatchMissing(Map<String, String> env) {
		String path = env.getOrDefault("PATH", "");
		for (String dir : path.split(File.pathSeparator)) {
			if (!dir.isEmpty()) {
				Path p = Path.of(dir, "sbatch");
				if (Files.isRegularFile(p) && Files.isExecutable(p)) {
					return null;
				}
			}
		}
		return "Slurm's sbatch is not on PATH (" + path + "): start the workbench on a login node of a Slurm cluster, or put Slurm's programs"
				+ " on PATH (Debian: apt-get install slurm-client).";
	}

	/** @return {@code SEGSENSE_LAUNCHER}, else {@code SEGSENSE_REPO/segsense} when executable, else empty */
	static String defaultLauncher(Map<String, String> env) {
		String l = env.get("SEGSENSE_LAUNCHER");
		if (l != null && !l.isBlank()) {
			return l;
		}
		String repo = env.get("SEGSENSE_REPO");
		if (repo != null && Files.isExecutable(Path.of(repo, "segsense"))) {
			return Path.of(repo, "segsense").toString();
		}
		return "";
	}
}
