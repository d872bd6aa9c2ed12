// SPDX-License-Identifier: EPL-2.0
/**
 * Studies on a Slurm cluster: sbatch array scripts whose tasks run one shard each, a merge job chained after
 * them, status read from the shard stores, resubmission of unfinished shards (docs/slurm.md).
 */
package org.segsense.workflows.slurm;
