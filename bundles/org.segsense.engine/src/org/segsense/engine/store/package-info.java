// SPDX-License-Identifier: EPL-2.0
/**
 * The run folder's result store: the SQLite database of committed jobs, its CSV exports and the run
 * lock.
 */
package org.segsense.engine.store;
