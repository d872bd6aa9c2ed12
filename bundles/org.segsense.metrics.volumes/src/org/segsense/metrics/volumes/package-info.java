// SPDX-License-Identifier: EPL-2.0
/**
 * Error-volume metrics contributed to {@code org.segsense.metrics.metrics}: the example of how a
 * plug-in adds a metric with one class and one plugin.xml entry.
 */
package org.segsense.metrics.volumes;
