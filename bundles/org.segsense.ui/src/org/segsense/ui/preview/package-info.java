// SPDX-License-Identifier: EPL-2.0
/**
 * The live perturbation preview: the original and the perturbed input of one job side by side with their
 * difference, computed off the UI thread by the preview service, the newest request winning.
 */
package org.segsense.ui.preview;
