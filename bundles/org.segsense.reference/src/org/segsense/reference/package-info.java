// SPDX-License-Identifier: EPL-2.0
/**
 * Reference segmentations built from several raters: majority vote and binary and multi-label STAPLE
 * with ITK 5.2's semantics.
 */
package org.segsense.reference;
