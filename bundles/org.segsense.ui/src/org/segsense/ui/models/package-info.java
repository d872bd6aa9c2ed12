// SPDX-License-Identifier: EPL-2.0
/**
 * The Models view: the SavedModel folders of the workspace's open projects (as the Project Explorer recognises
 * them, {@link org.segsense.ui.projects.ModelFolders}) with, for the selected one, its signatures (tensor names,
 * dtypes, shapes), the training metadata SegSense wrote beside it, the safety verdict of
 * {@code segsense model inspect} and the devices each installed inference engine sees (docs/models-view.md).
 */
package org.segsense.ui.models;
