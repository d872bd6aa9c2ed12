// SPDX-License-Identifier: EPL-2.0
/**
 * The HTML report of a run folder: the generator, its options and the section extension point.
 */
package org.segsense.report;
