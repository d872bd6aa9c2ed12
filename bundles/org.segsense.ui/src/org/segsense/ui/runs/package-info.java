// SPDX-License-Identifier: EPL-2.0
/**
 * Runs of studies as Eclipse Jobs: {@link org.segsense.ui.runs.RunJobs} schedules Run, Resume and Reproduce
 * through the {@code RunService} of org.segsense.workflows, one {@link org.segsense.ui.runs.RunFolderRule} per
 * run folder; {@link org.segsense.ui.runs.RunJob} reports jobs done of total, rate and ETA to the Progress view
 * ({@link org.segsense.ui.runs.RunStatusLine}: the status line) and its log lines to the
 * {@link org.segsense.ui.runs.RunConsoleView}; the {@link org.segsense.ui.runs.RunDialog} asks where and how, or
 * submits to Slurm ({@link org.segsense.ui.runs.SlurmSubmitJob}); {@link org.segsense.ui.runs.RunCommands} are the
 * Project Explorer's entries. Other parts of the workbench learn of finished runs through
 * {@link org.segsense.ui.runs.RunJobs#onFinished}. See {@code docs/workbench-runs.md}.
 */
package org.segsense.ui.runs;
