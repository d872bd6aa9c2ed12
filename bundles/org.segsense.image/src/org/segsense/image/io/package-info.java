// SPDX-License-Identifier: EPL-2.0
/**
 * Image file input and output: the {@link org.segsense.image.io.ImageIO} facade, the
 * {@link org.segsense.image.io.ImageReader}/{@link org.segsense.image.io.ImageWriter} SPI behind the
 * extension point {@code org.segsense.image.formats}, and the user-facing
 * {@link org.segsense.image.io.ImageFormatException}.
 * <p>
 * Every reader returns images in ITK 5.2's reading (LPS, mm, x fastest, components interleaved) and
 * bounds its memory by the size the header declares.
 */
package org.segsense.image.io;
