// SPDX-License-Identifier: EPL-2.0
/**
 * Timing of binary and multi-label STAPLE, used by {@code segsense bench image}.
 */
package org.segsense.reference.bench;
