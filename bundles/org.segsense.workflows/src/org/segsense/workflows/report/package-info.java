// SPDX-License-Identifier: EPL-2.0
/** Reports of run folders, their plain-language findings, and the comparison of two runs of a study ({@link org.segsense.workflows.report.RunComparison}). */
package org.segsense.workflows.report;
