// SPDX-License-Identifier: EPL-2.0
/** Reading the metric contributions from the extension registry, and the metric catalog service. */
package org.segsense.metrics.catalog.internal;
