// SPDX-License-Identifier: EPL-2.0
/** What one job sees: its perturbed channels, moved ROI and moved label map, from the run's own job stages. */
package org.segsense.workflows.preview;
