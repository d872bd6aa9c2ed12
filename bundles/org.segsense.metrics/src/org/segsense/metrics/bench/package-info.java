// SPDX-License-Identifier: EPL-2.0
/**
 * Timing of the distance metrics, used by {@code segsense bench image}.
 */
package org.segsense.metrics.bench;
