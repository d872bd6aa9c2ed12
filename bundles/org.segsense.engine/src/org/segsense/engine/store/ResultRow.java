// SPDX-License-Identifier: EPL-2.0
package org.segsense.engine.store;

/**
 * One row of the {@code results} table: one metric of one label of one job.
 *
 * @param jobKey the job
 * @param label the label value
 * @param metric the study's metric id (MetricSpec id)
 * @param metricType the metric's id in the metric catalogue (e.g. dice, hd95, nsd)
 * @param value the value, or null where it is undefined
 * @param note why the value is undefined (or another remark), else null
 */
public record ResultRow(String jobKey, int label, String metric, String metricType, Double value, String note) {
}
