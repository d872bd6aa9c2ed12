// SPDX-License-Identifier: EPL-2.0
/** Runs of studies: start, resume, shard, merge, reproduce and stop, with progress lines, rate and ETA. */
package org.segsense.workflows.run;
