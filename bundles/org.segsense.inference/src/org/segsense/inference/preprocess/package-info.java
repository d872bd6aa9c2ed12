// SPDX-License-Identifier: EPL-2.0
/** Input preparation: intensity normalisation per channel ({@link org.segsense.inference.preprocess.Normalization}). */
package org.segsense.inference.preprocess;
