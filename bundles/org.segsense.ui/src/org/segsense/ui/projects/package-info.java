// SPDX-License-Identifier: EPL-2.0
/**
 * Experiment projects in the workbench: workspace projects with the folders {@code studies/},
 * {@code images/}, {@code models/} and {@code runs/} ({@link org.segsense.ui.projects.SegSenseProjects}),
 * the New SegSense Project, New Study and Import Cases wizards, and the run decorator of the Project
 * Explorer (status and job counts read from a run folder's results store).
 */
package org.segsense.ui.projects;
