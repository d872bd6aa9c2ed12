// SPDX-License-Identifier: EPL-2.0
/** The catalog of every metric: built-ins and contributions to {@code org.segsense.metrics.metrics}. */
package org.segsense.metrics.catalog;
