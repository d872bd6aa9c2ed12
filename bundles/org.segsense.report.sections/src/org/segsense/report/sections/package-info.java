// SPDX-License-Identifier: EPL-2.0
/**
 * The built-in sections of the HTML report (curves, change from baseline, tolerance, comparisons,
 * montages, STAPLE, provenance, summary).
 */
package org.segsense.report.sections;
