// SPDX-License-Identifier: EPL-2.0
/**
 * The results editor of a run folder (docs/results-editor.md): the report's sensitivity curves and tables drawn
 * in the workbench from the report's own analysis, a virtual table over every job, the drill-down of a job (from a
 * row or a point of a curve), and Export HTML Report; the comparison of two runs of a study ({@link
 * org.segsense.ui.results.CompareEditor}); and the results editor opened when a workbench run finishes
 * ({@link org.segsense.ui.results.OpenWhenRunFinishes}).
 */
package org.segsense.ui.results;
