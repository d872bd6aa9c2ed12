// SPDX-License-Identifier: EPL-2.0
/** Study files: create, load, validate, save, expand into jobs, count them and estimate a run's time. */
package org.segsense.workflows.study;
