// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.segsense.model.Case;
import org.segsense.model.FileReference;
import org.segsense.model.ImageChannel;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.Study;
import org.segsense.workflows.study.StudyService;

/**
 * An experiment project: a workspace project whose folder holds the study files ({@code *.segsense}, at the top,
 * as the demo's project does: their relative paths refer to the project folder) and the folders
 * {@code images/}, {@code models/} and {@code runs/}.
 */
public final class SegSenseProjects {

	/** The folders of a new project. */
	public static final List<String> FOLDERS = List.of("images", "models", "runs");

	private SegSenseProjects() {
	}

	/**
	 * Creates and opens a project with the standard folders.
	 *
	 * @param name the project name
	 * @param location its folder, or null for the workspace's default
	 * @throws CoreException when the workspace refuses (e.g. the name is taken)
	 */
	public static IProject create(String name, Path location, IProgressMonitor monitor) throws CoreException {
		SubMonitor sub = SubMonitor.convert(monitor, "Creating project " + name, 2 + FOLDERS.size());
		IWorkspace ws = ResourcesPlugin.getWorkspace();
		IProject project = ws.getRoot().getProject(name);
		IProjectDescription d = ws.newProjectDescription(name);
		if (location != null) {
			d.setLocation(org.eclipse.core.runtime.IPath.fromPath(location));
		}
		project.create(d, sub.split(1));
		project.open(sub.split(1));
		for (String f : FOLDERS) {
			IFolder folder = project.getFolder(f);
			if (!folder.exists()) {
				folder.create(true, true, sub.split(1));
			}
		}
		return project;
	}

	/** @return the project's folder in the file system */
	public static Path folder(IProject project) {
		return project.getLocation().toFile().toPath();
	}

	/**
	 * Copies the paired cases into the project's {@code images/} folder and adds them to the study (saved).
	 * Refuses, before copying anything, a case id the study already has or a file that exists in {@code images/}.
	 *
	 * @param channel the name of the image channel of each case (e.g. {@code t1})
	 */
	public static void importCases(IProject project, Path studyFile, List<CasePairing.PairedCase> cases, String channel,
			StudyService studies, IProgressMonitor monitor) throws CoreException, IOException {
		SubMonitor sub = SubMonitor.convert(monitor, "Importing " + cases.size() + " cases", cases.size() + 2);
		Study study = studies.load(studyFile);
		Path images = folder(project).resolve("images");
		for (CasePairing.PairedCase c : cases) {
			if (study.getCases().stream().anyMatch(x -> c.id().equals(x.getId()))) {
				throw new IllegalArgumentException(studyFile + " already has a case " + c.id() + ": remove it there or rename the files.");
			}
			for (Path f : files(c)) {
				if (Files.exists(images.resolve(f.getFileName()))) {
					throw new IllegalArgumentException(images.resolve(f.getFileName()) + " exists already: nothing was imported; rename the file.");
				}
			}
		}
		Files.createDirectories(images);
		for (CasePairing.PairedCase c : cases) {
			for (Path f : files(c)) {
				Files.copy(f, images.resolve(f.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
			}
			study.getCases().add(toCase(c, channel));
			sub.worked(1);
		}
		studies.save(study, studyFile);
		sub.worked(1);
		project.refreshLocal(IResource.DEPTH_INFINITE, sub.split(1));
	}

	private static List<Path> files(CasePairing.PairedCase c) {
		java.util.ArrayList<Path> files = new java.util.ArrayList<>();
		files.add(c.image());
		c.label().ifPresent(files::add);
		c.roi().ifPresent(files::add);
		return files;
	}

	static Case toCase(CasePairing.PairedCase c, String channelName) {
		SegsenseFactory f = SegsenseFactory.eINSTANCE;
		Case result = f.createCase();
		result.setId(c.id());
		ImageChannel channel = f.createImageChannel();
		channel.setName(channelName);
		channel.setPath("images/" + c.image().getFileName());
		result.getChannels().add(channel);
		c.label().ifPresent(l -> result.setLabelImage(ref(l)));
		c.roi().ifPresent(r -> result.setRoiMask(ref(r)));
		return result;
	}

	private static FileReference ref(Path file) {
		FileReference r = SegsenseFactory.eINSTANCE.createFileReference();
		r.setPath("images/" + file.getFileName());
		return r;
	}
}
