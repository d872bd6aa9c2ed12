// SPDX-License-Identifier: EPL-2.0
/** Reports of run folders and their plain-language findings. */
package org.segsense.workflows.report;
