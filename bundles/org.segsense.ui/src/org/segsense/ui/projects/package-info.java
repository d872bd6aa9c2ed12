// SPDX-License-Identifier: EPL-2.0
/**
 * Experiment projects in the workbench: workspace projects with the study files at the top and the folders
 * {@code images/}, {@code models/} and {@code runs/} ({@link org.segsense.ui.projects.SegSenseProjects}); the New
 * SegSense Project, New Study (with its choices of cases, variants, axes and design) and Import Cases wizards;
 * the Project Explorer's SegSense content (study files with their cases, variants and axes from the model's item
 * providers, run and SavedModel folder icons) and run decorator (status and job counts read from a run folder's
 * results store); the welcome page; and the hiding of the IDE's File entries SegSense has no use for.
 */
package org.segsense.ui.projects;
