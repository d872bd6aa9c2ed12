// SPDX-License-Identifier: EPL-2.0
package org.segsense.p2;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.equinox.internal.p2.director.app.DirectorApplication;
import org.eclipse.equinox.internal.p2.director.app.ILog;
import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.core.IProvisioningAgentProvider;
import org.eclipse.equinox.p2.core.ProvisionException;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.equinox.p2.engine.query.UserVisibleRootQuery;
import org.eclipse.equinox.p2.metadata.IInstallableUnit;
import org.eclipse.equinox.p2.query.QueryUtil;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepository;
import org.eclipse.equinox.p2.repository.metadata.IMetadataRepositoryManager;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/**
 * Installs, uninstalls and lists third-party plug-ins of a SegSense installation with p2, as the Eclipse
 * IDE does: the product's p2 director plans and performs the change in the installation's profile
 * ({@code eclipse.p2.profile}, {@code DefaultProfile}), which rewrites {@code bundles.info}; the change is
 * live at the next start. A plug-in is a feature in a p2 repository (a folder, a zip, or a URL); what is
 * installed is every feature group of the repository. Third-party plug-ins are the feature-group roots of
 * the profile (the product itself is installed as one product root, not as features).
 */
public final class PluginInstaller {

	/** A failure with a message for the user; {@code badInput} when the user's argument is at fault. */
	public static final class PluginException extends Exception {
		private static final long serialVersionUID = 1L;
		private final boolean badInput;

		PluginException(String message, boolean badInput) {
			super(message);
			this.badInput = badInput;
		}

		/** @return true when the argument was wrong (exit 2), false when the work failed (exit 1) */
		public boolean badInput() {
			return badInput;
		}
	}

	/** An installed plug-in (a feature group, id without the {@code .feature.group} suffix). */
	public record Installed(String id, String version) {
	}

	private static final String GROUP = ".feature.group";
	private final Path installation;
	private final String profileId;

	/**
	 * @param installation the product folder (with p2/ and plugins/)
	 * @param profileId its p2 profile
	 */
	public PluginInstaller(Path installation, String profileId) {
		this.installation = installation;
		this.profileId = profileId;
	}

	/** @return the installer of the running product, or an error when it was not started from a p2-managed install */
	public static PluginInstaller ofRunningProduct() throws PluginException {
		String area = System.getProperty("osgi.install.area");
		if (area == null) {
			throw new PluginException("no installation area: run SegSense through the 'segsense' launcher", false);
		}
		Path install = Path.of(URI.create(area.replace(" ", "%20")));
		if (!Files.isDirectory(install.resolve("p2"))) {
			throw new PluginException(install + " is not a p2-managed SegSense installation (no p2/ folder); install plug-ins into the unpacked product", false);
		}
		return new PluginInstaller(install, System.getProperty("eclipse.p2.profile", "DefaultProfile"));
	}

	/**
	 * @param repositoryOrZip a p2 repository folder, its zip, or a URL
	 * @return the plug-ins installed
	 */
	public List<Installed> install(String repositoryOrZip) throws PluginException {
		URI repository = repositoryUri(repositoryOrZip);
		List<Installed> groups = withAgent(agent -> {
			IMetadataRepositoryManager manager = agent.getService(IMetadataRepositoryManager.class);
			IMetadataRepository repo;
			try {
				repo = manager.loadRepository(repository, null);
			} catch (ProvisionException e) {
				throw new PluginException(repositoryOrZip + " is not a readable p2 repository: " + e.getMessage()
						+ ". Give the folder or zip that a plug-in build produced (it holds content.jar or content.xml).", true);
			}
			return repo.query(QueryUtil.createIUGroupQuery(), null).toSet().stream().filter(iu -> iu.getId().endsWith(GROUP))
					.map(PluginInstaller::installed).sorted(Comparator.comparing(Installed::id)).toList();
		});
		if (groups.isEmpty()) {
			throw new PluginException(repositoryOrZip + " holds no feature to install; a plug-in repository must contain a feature with the plug-in", true);
		}
		String ids = groups.stream().map(g -> g.id() + GROUP + "/" + g.version()).collect(Collectors.joining(","));
		director("install", "-repository", repository.toString(), "-installIU", ids);
		return groups;
	}

	/** @param id a plug-in id as listed (the feature's id, with or without {@code .feature.group}) */
	public Installed uninstall(String id) throws PluginException {
		String bare = id.endsWith(GROUP) ? id.substring(0, id.length() - GROUP.length()) : id;
		List<Installed> installed = list();
		Installed match = installed.stream().filter(p -> p.id().equals(bare)).findFirst()
				.orElseThrow(() -> new PluginException("no installed plug-in " + id + "; installed: "
						+ (installed.isEmpty() ? "none" : installed.stream().map(Installed::id).collect(Collectors.joining(", ")))
						+ ". See 'segsense plugins'.", true));
		director("uninstall", "-uninstallIU", match.id() + GROUP);
		return match;
	}

	/** @return the installed third-party plug-ins, by id */
	public List<Installed> list() throws PluginException {
		return withAgent(agent -> {
			IProfile profile = agent.getService(IProfileRegistry.class).getProfile(profileId);
			if (profile == null) {
				throw new PluginException("the installation " + installation + " has no p2 profile " + profileId, false);
			}
			return profile.query(new UserVisibleRootQuery(), null).toSet().stream().filter(iu -> iu.getId().endsWith(GROUP))
					.map(PluginInstaller::installed).sorted(Comparator.comparing(Installed::id)).toList();
		});
	}

	private static Installed installed(IInstallableUnit iu) {
		return new Installed(iu.getId().substring(0, iu.getId().length() - GROUP.length()), iu.getVersion().toString());
	}

	private static URI repositoryUri(String argument) throws PluginException {
		Path path = Path.of(argument).toAbsolutePath().normalize();
		if (Files.isDirectory(path)) {
			if (!Files.exists(path.resolve("content.jar")) && !Files.exists(path.resolve("content.xml"))
					&& !Files.exists(path.resolve("compositeContent.jar")) && !Files.exists(path.resolve("compositeContent.xml"))) {
				throw new PluginException(argument + " is not a p2 repository (no content.jar or content.xml); give the repository folder"
						+ " of a plug-in build (e.g. examples/plugin/org.segsense.examples.plugin.repository/target/repository) or its zip", true);
			}
			return path.toUri();
		}
		if (Files.isRegularFile(path) && argument.endsWith(".zip")) {
			return URI.create("jar:" + path.toUri() + "!/");
		}
		if (argument.matches("(?i)(https?|file|jar):.*")) {
			return URI.create(argument);
		}
		throw new PluginException(argument + " does not exist; give a p2 repository folder, its .zip, or an http(s) URL", true);
	}

	private void director(String verb, String... operation) throws PluginException {
		List<String> args = new ArrayList<>(List.of(operation));
		args.addAll(List.of("-destination", installation.toString(), "-profile", profileId));
		List<String> lines = new ArrayList<>();
		DirectorApplication director = new DirectorApplication();
		director.setLog(new ILog() {
			@Override
			public void log(IStatus status) {
				lines.add(status.getMessage());
			}

			@Override
			public void printOut(String line) {
				lines.add(line);
			}

			@Override
			public void printErr(String line) {
				lines.add(line);
			}

			@Override
			public void close() {
				// nothing to close
			}
		});
		Object exit = director.run(args.toArray(String[]::new));
		if (!Integer.valueOf(0).equals(exit)) {
			throw new PluginException("p2 could not " + verb + " the plug-in: " + String.join(" ", lines).strip(), false);
		}
	}

	/** One p2 agent on the installation's p2 folder, stopped after use. */
	private interface AgentWork<T> {
		T run(IProvisioningAgent agent) throws PluginException;
	}

	private <T> T withAgent(AgentWork<T> work) throws PluginException {
		BundleContext context = FrameworkUtil.getBundle(PluginInstaller.class).getBundleContext();
		ServiceReference<IProvisioningAgentProvider> ref = context.getServiceReference(IProvisioningAgentProvider.class);
		if (ref == null) {
			throw new PluginException("p2 is not running in this installation (no IProvisioningAgentProvider)", false);
		}
		IProvisioningAgent agent;
		try {
			agent = context.getService(ref).createAgent(installation.resolve("p2").toUri());
		} catch (ProvisionException e) {
			throw new PluginException("cannot open the p2 data of " + installation + ": " + e.getMessage(), false);
		}
		try {
			return work.run(agent);
		} finally {
			agent.stop();
			context.ungetService(ref);
		}
	}
}
