// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.segsense.engine.store.ResultStore;
import org.segsense.inference.DeviceChoice;
import org.segsense.ui.editor.Ids;

/**
 * Where and how to run: the run folder (Run: a new folder, by default {@code runs/STUDYFILE-TIME} next to the
 * study as {@code segsense run} names it; Resume and Reproduce: an existing run folder, the study's runs
 * offered) and the execution options — worker threads, inference threads per worker, CPU-stage threads (0:
 * automatic) and device, defaulting to the study's execution settings; Reproduce asks for threads and the
 * tolerance instead. A folder that does not fit (Run into a folder that already holds a run, Resume of a
 * folder without one) is refused in the dialog with the fix.
 *
 * <p>A Run may instead be <b>submitted to Slurm</b> ({@link SlurmSection}: shards, partition, time, memory, GPUs,
 * account, launcher; the worker threads become the CPUs of each task); the choice is disabled, with the reason as
 * its tooltip and beside it, when {@code sbatch} is not on the {@code PATH}.
 */
public final class RunDialog extends TitleAreaDialog {

	/** The shell's and controls' ids (widget data {@link Ids#KEY}). */
	public static final String SHELL = "runs.dialog", FOLDER = "runs.folder", BROWSE = "runs.browse", THREADS = "runs.threads",
			INFERENCE_THREADS = "runs.inferenceThreads", CPU_THREADS = "runs.cpuThreads", DEVICE = "runs.device", TOLERANCE = "runs.tolerance";

	/** The user's choice; {@code slurm} non-null when the run is to be submitted to Slurm instead of run here. */
	public record Choice(Path runDir, int threads, int inferenceThreads, int cpuThreads, DeviceChoice device, double tolerance,
			SlurmSection.Options slurm) {
	}

	/** The defaults of the options (the study's execution settings). */
	public record Defaults(int threads, int inferenceThreads, int cpuThreads, DeviceChoice device) {
		/** All automatic. */
		public static final Defaults AUTO = new Defaults(0, 0, 0, DeviceChoice.AUTO);
	}

	private static final String RUN_MESSAGE = "A new run folder; Progress view and run console show how it goes, Cancel stops it so it can be"
			+ " resumed.";

	private final RunJob.Kind kind;
	private final Path base;
	private final List<Path> folders;
	private final Defaults defaults;
	private final java.util.Map<String, String> env;
	private SlurmSection slurm;
	private Combo folder;
	private Spinner threads;
	private Spinner inferenceThreads;
	private Spinner cpuThreads;
	private Combo device;
	private Text tolerance;
	private Choice choice;

	/**
	 * @param base the folder relative paths are resolved against (the study's folder)
	 * @param folders the run folders to offer, the preselected first (Run: the new default folder)
	 */
	public RunDialog(Shell parent, RunJob.Kind kind, Path base, List<Path> folders, Defaults defaults) {
		this(parent, kind, base, folders, defaults, System.getenv());
	}

	/** As above; {@code env} decides whether sbatch is on the PATH and which launcher Slurm's nodes run. */
	public RunDialog(Shell parent, RunJob.Kind kind, Path base, List<Path> folders, Defaults defaults, java.util.Map<String, String> env) {
		super(parent);
		this.kind = kind;
		this.base = base;
		this.folders = folders;
		this.defaults = defaults;
		this.env = env;
	}

	/** @return the choice after OK, else null */
	public Choice choice() {
		return choice;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(kind.label + " Study");
		shell.setData(Ids.KEY, SHELL);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(switch (kind) {
		case RUN -> "Run the study as a background job";
		case RESUME -> "Finish a stopped run";
		case REPRODUCE -> "Re-run a run and compare every result";
		});
		setMessage(switch (kind) {
		case RUN -> RUN_MESSAGE;
		case RESUME -> "Jobs already committed in the run folder are skipped.";
		case REPRODUCE -> "The run's own study copy is re-run in a temporary folder; results must agree within the tolerance.";
		});
		Composite c = new Composite(area, SWT.NONE);
		c.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		GridLayout layout = new GridLayout(3, false);
		layout.marginWidth = 12;
		layout.marginHeight = 10;
		c.setLayout(layout);
		label(c, "Run folder:", kind == RunJob.Kind.RUN ? "A new folder (relative paths: to the study's folder)" : "A folder holding a run");
		folder = new Combo(c, SWT.DROP_DOWN);
		folder.setData(Ids.KEY, FOLDER);
		GridData gd = new GridData(SWT.FILL, SWT.CENTER, true, false);
		gd.widthHint = 460;
		folder.setLayoutData(gd);
		folders.forEach(f -> folder.add(shown(f)));
		if (!folders.isEmpty()) {
			folder.select(0);
		}
		Button browse = new Button(c, SWT.PUSH);
		browse.setText("Browse\u2026");
		browse.setData(Ids.KEY, BROWSE);
		browse.addListener(SWT.Selection, e -> {
			DirectoryDialog d = new DirectoryDialog(getShell());
			d.setFilterPath(base.resolve("runs").toString());
			String dir = d.open();
			if (dir != null) {
				folder.setText(dir);
			}
		});
		threads = spinner(c, THREADS, "Worker threads:", "Jobs run at once; 0: the study's setting, else all cores", defaults.threads());
		if (kind == RunJob.Kind.REPRODUCE) {
			label(c, "Tolerance:", "The largest |difference| of a result that counts as agreement; 0: bit-exact");
			tolerance = new Text(c, SWT.BORDER);
			tolerance.setData(Ids.KEY, TOLERANCE);
			tolerance.setText("0");
			tolerance.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		} else {
			inferenceThreads = spinner(c, INFERENCE_THREADS, "Inference threads:", "Threads of each model evaluation; 0: automatic",
					defaults.inferenceThreads());
			cpuThreads = spinner(c, CPU_THREADS, "CPU-stage threads:", "Threads of perturbation and metrics; 0: automatic", defaults.cpuThreads());
			label(c, "Device:", "Where the models run: auto (a GPU when usable), cpu or gpu");
			device = new Combo(c, SWT.READ_ONLY);
			device.setData(Ids.KEY, DEVICE);
			for (DeviceChoice d : DeviceChoice.values()) {
				device.add(d.cliName());
			}
			device.select(defaults.device().ordinal());
			device.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		}
		if (kind == RunJob.Kind.RUN) {
			slurm = new SlurmSection(c, env, on -> {
				inferenceThreads.setEnabled(!on);
				cpuThreads.setEnabled(!on);
				device.setEnabled(!on);
				setMessage(on ? "An sbatch array of shards and a merge job that writes the report; the run goes on in the cluster"
						+ " (follow it with segsense slurm status RUN)." : RUN_MESSAGE);
				Button ok = getButton(IDialogConstants.OK_ID);
				if (ok != null) {
					ok.setText(on ? "Submit" : kind.label);
					ok.getParent().layout();
				}
			});
		}
		return area;
	}

	private String shown(Path f) {
		Path a = f.toAbsolutePath().normalize();
		return a.startsWith(base) ? base.relativize(a).toString() : a.toString();
	}

	private static void label(Composite c, String text, String tip) {
		Label l = new Label(c, SWT.NONE);
		l.setText(text);
		l.setToolTipText(tip);
	}

	private static Spinner spinner(Composite c, String id, String text, String tip, int value) {
		label(c, text, tip);
		Spinner s = new Spinner(c, SWT.BORDER);
		s.setData(Ids.KEY, id);
		s.setValues(value, 0, 1024, 0, 1, 4);
		s.setToolTipText(tip);
		s.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false, 2, 1));
		return s;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		Button ok = createButton(parent, IDialogConstants.OK_ID, kind.label, true);
		ok.setData(Ids.KEY, Ids.DIALOG_OK);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
	}

	@Override
	protected void okPressed() {
		String problem = check();
		if (problem != null) {
			setErrorMessage(problem);
			return;
		}
		super.okPressed();
	}

	/** @return why the input cannot be used, or null (then {@link #choice} is set) */
	private String check() {
		Path dir;
		try {
			String t = folder.getText().trim();
			if (t.isEmpty()) {
				return "Give the run folder.";
			}
			dir = base.resolve(t).toAbsolutePath().normalize();
		} catch (InvalidPathException e) {
			return "The run folder '" + folder.getText() + "' is not a valid path: " + e.getReason() + ".";
		}
		boolean holdsRun = Files.isRegularFile(dir.resolve(ResultStore.FILE));
		if (kind == RunJob.Kind.RUN && holdsRun) {
			return dir + " already holds a run: choose a new folder, or finish that run with Resume.";
		}
		if (kind != RunJob.Kind.RUN && !holdsRun) {
			return dir + " holds no run (no " + ResultStore.FILE + "): choose the folder of a run.";
		}
		double tol = 0;
		if (tolerance != null) {
			try {
				tol = Double.parseDouble(tolerance.getText().trim());
			} catch (NumberFormatException e) {
				tol = -1;
			}
			if (!(tol >= 0)) {
				return "The tolerance '" + tolerance.getText() + "' must be a number, 0 or positive.";
			}
		}
		SlurmSection.Options onSlurm = null;
		if (slurm != null && slurm.chosen()) {
			onSlurm = slurm.options();
			String problem = SlurmSection.check(onSlurm);
			if (problem != null) {
				return problem;
			}
		}
		DeviceChoice d = device == null ? null : DeviceChoice.fromName(device.getText().toLowerCase(Locale.ROOT));
		choice = new Choice(dir, threads.getSelection(), inferenceThreads == null ? 0 : inferenceThreads.getSelection(),
				cpuThreads == null ? 0 : cpuThreads.getSelection(), d, tol, onSlurm);
		return null;
	}
}
