// SPDX-License-Identifier: EPL-2.0
/**
 * Reading a run's results and aggregating them into the findings the report and the summary state.
 */
package org.segsense.report.analysis;
