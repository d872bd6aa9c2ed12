// SPDX-License-Identifier: EPL-2.0
/** The service interface for metrics contributed by other plug-ins. */
package org.segsense.metrics.spi;
