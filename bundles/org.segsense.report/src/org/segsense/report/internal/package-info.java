// SPDX-License-Identifier: EPL-2.0
/** Reading the report-section contributions from the extension registry, and the report section service. */
package org.segsense.report.internal;
