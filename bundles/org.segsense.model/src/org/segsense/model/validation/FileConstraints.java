// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.validation;

import static org.segsense.model.validation.RuleDiagnostic.error;
import static org.segsense.model.validation.RuleDiagnostic.warning;
import static org.segsense.model.validation.StudyText.isBlank;
import static org.segsense.model.validation.StudyText.named;
import static org.segsense.model.validation.StudyText.quote;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.SegsensePackage.Literals;

/**
 * Constraints on file references: a usable path, a well-formed checksum and, when the project directory is
 * known, an existing file. See {@link StudyConstraints} for the calling convention.
 */
public final class FileConstraints {

    /** The rule code of the warning for a file outside the project directory ({@code segsense run} refuses it). */
    public static final String OUTSIDE_PROJECT = "FileReference.insideProject";

    private static final Pattern CHECKSUM = Pattern.compile("sha256:[0-9a-f]{64}");

    private FileConstraints() {
    }

    public static boolean validPath(FileReference file, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String path = file.getPath();
        if (isBlank(path)) {
            return error(diagnostics, "FileReference.validPath", file, Literals.FILE_REFERENCE__PATH,
                    "The " + role(file) + " has no path; give the file's path relative to the project directory.");
        }
        if (isAbsolute(path)) {
            return warning(diagnostics, "FileReference.validPath", file, Literals.FILE_REFERENCE__PATH,
                    "The " + role(file) + " uses the absolute path " + quote(path)
                            + "; move the file into the project and use a relative path so the project can be copied elsewhere.");
        }
        return true;
    }

    public static boolean checksumFormat(FileReference file, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String checksum = file.getChecksum();
        if (!isBlank(checksum) && !CHECKSUM.matcher(checksum).matches()) {
            return error(diagnostics, "FileReference.checksumFormat", file, Literals.FILE_REFERENCE__CHECKSUM,
                    "The checksum of the " + role(file) + " is not 'sha256:' followed by 64 lowercase hex digits; recompute it or leave it empty.");
        }
        return true;
    }

    public static boolean fileExists(FileReference file, DiagnosticChain diagnostics, Map<Object, Object> context) {
        String path = file.getPath();
        Path projectDirectory = ValidationInputs.projectDirectory(file, context);
        if (isBlank(path) || projectDirectory == null) {
            return true; // validPath reports a missing path; without a project directory there is nothing to check against
        }
        Path resolved;
        try {
            resolved = projectDirectory.resolve(path).normalize();
        } catch (InvalidPathException e) {
            return error(diagnostics, "FileReference.fileExists", file, Literals.FILE_REFERENCE__PATH,
                    "The path " + quote(path) + " of the " + role(file) + " is not a valid file path; correct it.");
        }
        if (!Files.exists(resolved) && dicomSeriesUid(path, projectDirectory) && readsDicom(file)) {
            // FOLDER#SERIES_UID: one series of a DICOM folder, read by the SimpleITK backend
            Path folder = projectDirectory.resolve(path.substring(0, path.lastIndexOf('#'))).normalize();
            insideProject(file, path, projectDirectory, folder, diagnostics);
            return true;
        }
        if (!Files.exists(resolved)) {
            // Reported on the reference itself (e.g. .../cases[id=c2]/labelImage): the whole file is missing, not a field.
            return error(diagnostics, "FileReference.fileExists", file, null,
                    "The file " + quote(path) + " (" + role(file) + ") does not exist in the project directory " + projectDirectory
                            + "; correct the path or add the file.");
        }
        insideProject(file, path, projectDirectory, resolved, diagnostics);
        return rightKind(file, path, resolved, diagnostics);
    }

    /**
     * A SavedModel is a folder; every other reference is a regular file. A folder, FIFO, device or socket
     * given as an image is refused here: reading a FIFO blocks forever, a device never ends.
     */
    private static boolean rightKind(FileReference file, String path, Path resolved, DiagnosticChain diagnostics) {
        if (file.eContainmentFeature() == Literals.MODEL_VARIANT__SAVED_MODEL) {
            if (!Files.isDirectory(resolved)) {
                return error(diagnostics, "FileReference.fileExists", file, null, "The path " + quote(path) + " of the " + role(file)
                        + " is not a folder; a TensorFlow SavedModel is a folder holding saved_model.pb. Give the model's folder.");
            }
            return true;
        }
        if (Files.isDirectory(resolved)) {
            if (readsDicom(file)) {
                return true; // a DICOM series folder, read by the SimpleITK backend
            }
            if (file.eContainmentFeature() == Literals.CASE__LABEL_IMAGE && holdsNifti(resolved)) {
                return true; // a bundle folder (TractSeg's bundle_segmentations/): one mask per bundle
            }
            return error(diagnostics, "FileReference.fileExists", file, null, "The path " + quote(path) + " of the " + role(file)
                    + " is a folder, not an image file; give the path of the image file itself (e.g. images/case1.nii.gz; a case's label image may"
                    + " also be a folder of one NIfTI mask per bundle). A DICOM series "
                    + "folder is read by the simpleitk image backend only: set imageBackend=\"simpleitk\" in the study's execution "
                    + "settings (the backend is built by releng/simpleitk/build.sh).");
        }
        if (!Files.isRegularFile(resolved)) {
            return error(diagnostics, "FileReference.fileExists", file, null, "The path " + quote(path) + " of the " + role(file)
                    + " is not a regular file (a FIFO, device or socket), which SegSense does not read because reading it may never end;"
                    + " give a regular image file.");
        }
        return true;
    }

    /** @return whether a folder holds a NIfTI file (a bundle folder of multi-label masks) */
    private static boolean holdsNifti(Path folder) {
        try (java.util.stream.Stream<Path> s = Files.list(folder)) {
            return s.anyMatch(f -> {
                String n = f.getFileName().toString();
                return Files.isRegularFile(f) && (n.endsWith(".nii.gz") || n.endsWith(".nii"));
            });
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** @return whether the study of {@code file} reads its images with the simpleitk backend (which reads DICOM series folders) */
    private static boolean readsDicom(FileReference file) {
        return org.eclipse.emf.ecore.util.EcoreUtil.getRootContainer(file) instanceof org.segsense.model.Study study
                && study.getExecution() != null && "simpleitk".equals(study.getExecution().getImageBackend());
    }

    /** @return whether {@code path} is {@code FOLDER#SERIES_UID} with an existing folder */
    private static boolean dicomSeriesUid(String path, Path projectDirectory) {
        int hash = path.lastIndexOf('#');
        try {
            return hash > 0 && hash < path.length() - 1 && Files.isDirectory(projectDirectory.resolve(path.substring(0, hash)));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * Warns about a path that leads out of the project directory, by {@code ..}, an absolute path or a symbolic
     * link: a shared project must not read a user's other files without saying so. {@code segsense run} refuses
     * such studies unless {@code --allow-outside-project} is given.
     */
    private static void insideProject(FileReference file, String path, Path projectDirectory, Path resolved, DiagnosticChain diagnostics) {
        Path project = projectDirectory.toAbsolutePath().normalize();
        Path target = resolved.toAbsolutePath().normalize();
        String how = null;
        if (!target.startsWith(project)) {
            how = "resolves to " + target;
        } else {
            try {
                Path realProject = project.toRealPath();
                Path realTarget = target.toRealPath();
                if (!realTarget.startsWith(realProject)) {
                    how = "leads through a symbolic link to " + realTarget;
                }
            } catch (java.io.IOException | SecurityException e) {
                how = null; // cannot tell; fileExists has seen the file, so this is a race with its removal
            }
        }
        if (how != null) {
            warning(diagnostics, OUTSIDE_PROJECT, file, null, "The path " + quote(path) + " of the " + role(file) + " " + how
                    + ", outside the project directory " + project + "; move the file into the project. 'segsense run' refuses files"
                    + " outside the project unless --allow-outside-project is given.");
        }
    }

    private static boolean isAbsolute(String path) {
        // Windows drive paths count too: a study file may have been written on another system.
        return path.startsWith("/") || path.startsWith("\\") || path.matches("[A-Za-z]:[\\\\/].*");
    }

    /** What the file is for, e.g. {@code label image of case "c2"}. */
    static String role(FileReference file) {
        EObject owner = file.eContainer();
        String ownerText = owner == null ? "" : " of " + named(owner);
        if (file instanceof ImageChannel channel) {
            return (isBlank(channel.getName()) ? "image channel" : "image channel " + quote(channel.getName())) + ownerText;
        }
        EReference feature = file.eContainmentFeature();
        if (feature == Literals.CASE__LABEL_IMAGE) {
            return "label image" + ownerText;
        } else if (feature == Literals.CASE__ROI_MASK) {
            return "ROI mask" + ownerText;
        } else if (feature == Literals.MODEL_VARIANT__SAVED_MODEL) {
            return "SavedModel folder" + ownerText;
        }
        return "file" + ownerText;
    }
}
