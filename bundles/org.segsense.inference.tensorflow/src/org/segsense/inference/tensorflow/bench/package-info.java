// SPDX-License-Identifier: EPL-2.0
/**
 * The inference benchmark behind {@code segsense bench inference}.
 */
package org.segsense.inference.tensorflow.bench;
