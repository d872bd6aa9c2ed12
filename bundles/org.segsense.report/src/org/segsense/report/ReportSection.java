// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

/**
 * A section of the HTML report, contributed through the extension point {@value ReportSections#EXTENSION_POINT}
 * (one class and one {@code <section>} element; see {@code schema/reportSections.exsd}). SegSense puts
 * the heading (the extension's {@code name}) and an anchor {@code sec-ID} around what it returns.
 */
public interface ReportSection {

	/**
	 * @param context the run's data and analysis, the folder to write assets into, helpers
	 * @return the section's HTML fragment (no heading), or null when the section does not apply to this run
	 *         (e.g. STAPLE raters in a ground-truth study)
	 * @throws Exception any failure: the report is still written, with the section replaced by the error message
	 */
	String render(SectionContext context) throws Exception;
}
