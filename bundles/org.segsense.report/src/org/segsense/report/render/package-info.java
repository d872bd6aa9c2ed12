// SPDX-License-Identifier: EPL-2.0
/**
 * Rendering of report content: HTML text, SVG charts and slice montages.
 */
package org.segsense.report.render;
