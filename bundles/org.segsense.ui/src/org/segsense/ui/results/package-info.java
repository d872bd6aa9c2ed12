// SPDX-License-Identifier: EPL-2.0
/**
 * The results editor of a run folder (docs/results-editor.md): the report's sensitivity curves and tables drawn
 * in the workbench from the report's own analysis, a virtual table over every job, and Export HTML Report.
 */
package org.segsense.ui.results;
