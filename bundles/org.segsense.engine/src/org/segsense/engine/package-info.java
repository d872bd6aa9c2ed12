// SPDX-License-Identifier: EPL-2.0
/**
 * The study engine: expands a study into jobs, runs, resumes, merges and reproduces them, and records
 * their provenance.
 */
package org.segsense.engine;
