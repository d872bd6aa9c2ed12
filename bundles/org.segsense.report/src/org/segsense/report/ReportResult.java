// SPDX-License-Identifier: EPL-2.0
package org.segsense.report;

import java.nio.file.Path;
import java.util.List;

/**
 * What {@link ReportGenerator#generate} wrote.
 *
 * @param indexHtml the report's {@code index.html}
 * @param summary the plain-language findings, one sentence each (the report's summary section)
 */
public record ReportResult(Path indexHtml, List<String> summary) {
	public ReportResult {
		summary = List.copyOf(summary);
	}
}
