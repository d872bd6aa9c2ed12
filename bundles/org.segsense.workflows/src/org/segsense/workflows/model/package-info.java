// SPDX-License-Identifier: EPL-2.0
/** Model folders: what a model variant's SavedModel holds ({@link org.segsense.workflows.model.ModelInspectionService}). */
package org.segsense.workflows.model;
