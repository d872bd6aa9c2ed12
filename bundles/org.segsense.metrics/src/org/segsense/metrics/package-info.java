// SPDX-License-Identifier: EPL-2.0
/**
 * Segmentation metrics (overlap, distance, volume) of a predicted label image against a reference, and
 * the conventions behind them.
 */
package org.segsense.metrics;
