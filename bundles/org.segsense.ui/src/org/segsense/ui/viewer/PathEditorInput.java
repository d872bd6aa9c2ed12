// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.viewer;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPathEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * An editor input for a file outside the workspace, given by its path; used by File → Open Image…
 * (the product has no {@code org.eclipse.ui.ide}, so no file-store inputs). Equal for equal absolute
 * paths, so opening the same file twice activates the open editor.
 */
public final class PathEditorInput implements IPathEditorInput {

    private final Path file;

    /** @param file the image file */
    public PathEditorInput(Path file) {
        this.file = file.toAbsolutePath().normalize();
    }

    /** @return the file */
    public Path file() {
        return file;
    }

    @Override
    public IPath getPath() {
        return IPath.fromFile(file.toFile());
    }

    @Override
    public boolean exists() {
        return Files.exists(file);
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return file.getFileName().toString();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return file.toString();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PathEditorInput && ((PathEditorInput) o).file.equals(file);
    }

    @Override
    public int hashCode() {
        return file.hashCode();
    }
}
