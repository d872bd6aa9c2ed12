// SPDX-License-Identifier: EPL-2.0
/** The cerebellum demo end to end, returning the findings of the report's analysis. */
package org.segsense.workflows.demo;
