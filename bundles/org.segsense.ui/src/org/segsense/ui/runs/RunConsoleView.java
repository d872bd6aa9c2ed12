// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;
import org.segsense.ui.editor.Ids;

/**
 * The run console: the log of one of this session's run jobs (chosen at the top; a newly started run is
 * shown at once), its new lines appended as the run writes them, and Stop (the same graceful stop as Cancel in
 * the Progress view).
 */
public final class RunConsoleView extends ViewPart {

	/** The view id. */
	public static final String ID = "org.segsense.ui.runs.console";
	/** Control ids (widget data {@link Ids#KEY}). */
	public static final String RUNS = "runs.console.runs", TEXT = "runs.console.text", STOP = "runs.console.stop";

	private final List<RunJob> jobs = new ArrayList<>();
	private Combo runs;
	private Button stop;
	private StyledText text;
	private RunJob shown;
	private long seen;
	private final Consumer<String> onLine = line -> asyncUi(this::catchUp);
	private Runnable unsubscribe;

	@Override
	public void createPartControl(Composite parent) {
		Composite c = new Composite(parent, SWT.NONE);
		c.setLayout(new GridLayout(3, false));
		new Label(c, SWT.NONE).setText("Run:");
		runs = new Combo(c, SWT.READ_ONLY);
		runs.setData(Ids.KEY, RUNS);
		runs.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		runs.addListener(SWT.Selection, e -> show(jobs.get(runs.getSelectionIndex())));
		stop = new Button(c, SWT.PUSH);
		stop.setText("Stop");
		stop.setToolTipText("Stops the run gracefully: the jobs in flight are committed; Resume finishes it.");
		stop.setData(Ids.KEY, STOP);
		stop.addListener(SWT.Selection, e -> {
			if (shown != null) {
				shown.cancel();
			}
		});
		text = new StyledText(c, SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL | SWT.BORDER);
		text.setData(Ids.KEY, TEXT);
		text.setFont(JFaceResources.getTextFont());
		text.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 3, 1));
		RunJobs.history().forEach(this::add);
		unsubscribe = RunJobs.onStarted(job -> asyncUi(() -> show(job)));
		if (!jobs.isEmpty()) {
			show(jobs.get(jobs.size() - 1));
		} else {
			updateStop();
		}
	}

	/** Shows the log of {@code job} (added to the list when new). */
	public void show(RunJob job) {
		if (text == null || text.isDisposed()) {
			return;
		}
		if (!jobs.contains(job)) {
			add(job);
		}
		if (shown != null) {
			shown.log().removeListener(onLine);
		}
		shown = job;
		runs.select(jobs.indexOf(job));
		text.setText("");
		seen = 0;
		job.log().addListener(onLine);
		catchUp(); // lines written before and while the listener was added: each shown once

		updateStop();
	}

	/** @return the text shown (the shown run's log) */
	public String text() {
		return text.getText();
	}

	private void add(RunJob job) {
		jobs.add(job);
		runs.add(job.log().title());
		job.addJobChangeListener(new JobChangeAdapter() {
			@Override
			public void done(IJobChangeEvent event) {
				asyncUi(RunConsoleView.this::updateStop);
			}
		});
	}

	/** Appends the shown run's lines not shown yet. */
	private void catchUp() {
		if (text.isDisposed() || shown == null) {
			return;
		}
		RunLog.Tail tail = shown.log().since(seen);
		List<String> news = tail.lines();
		seen = tail.count();
		if (!news.isEmpty()) {
			text.append((text.getCharCount() > 0 ? "\n" : "") + String.join("\n", news));
			text.setTopIndex(text.getLineCount() - 1);
		}
	}

	private void updateStop() {
		if (!stop.isDisposed()) {
			stop.setEnabled(shown != null && shown.getState() != Job.NONE);
		}
	}

	private void asyncUi(Runnable r) {
		if (text != null && !text.isDisposed()) {
			text.getDisplay().asyncExec(() -> {
				if (!text.isDisposed()) {
					r.run();
				}
			});
		}
	}

	@Override
	public void setFocus() {
		text.setFocus();
	}

	@Override
	public void dispose() {
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		if (shown != null) {
			shown.log().removeListener(onLine);
		}
		super.dispose();
	}
}
