// SPDX-License-Identifier: EPL-2.0
/**
 * The SegSense image viewer: {@link org.segsense.ui.viewer.ImageViewer}, an SWT component with axial,
 * coronal and sagittal views in patient space (radiological convention), a linked crosshair,
 * window/level, zoom, pan, label overlays and channels; the editor
 * {@link org.segsense.ui.viewer.ImageViewerEditor} that shows an image file in it. See
 * {@code docs/image-viewer.md}.
 */
package org.segsense.ui.viewer;
