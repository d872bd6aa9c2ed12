// SPDX-License-Identifier: EPL-2.0
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;

/**
 * The API baseline check: compares the public signatures of every API package (an {@code org.segsense.*}
 * package exported with a {@code version} and not {@code x-internal}) with the committed baseline
 * {@code releng/api-baseline/api-baseline.txt}, and fails when a package changed without the version
 * increase semantic versioning asks for (the rules of bnd's baseline):
 * <ul>
 * <li>a removed or changed class, method or field, a removed package, or a new abstract method in an
 * interface or abstract class (it breaks implementers) needs a new major version;</li>
 * <li>a new class, method or field (default methods included) needs a new minor version;</li>
 * <li>nothing changed: any version is accepted.</li>
 * </ul>
 * Signatures are javap's public and protected declarations (generics included) of the compiled classes in
 * {@code bundles/BUNDLE/target/classes}; the build runs the check after compiling (releng/org.segsense.sdk.repository).
 * Usage: {@code java ApiBaseline.java check|update BUNDLES_DIR BASELINE_FILE}. Exit 0 ok, 1 incompatible
 * change, 2 bad usage or a bundle not compiled yet.
 */
public class ApiBaseline {

	record Version(int major, int minor, int micro) implements Comparable<Version> {
		static Version parse(String s) {
			String[] p = s.split("\\.");
			return new Version(Integer.parseInt(p[0]), p.length > 1 ? Integer.parseInt(p[1]) : 0, p.length > 2 ? Integer.parseInt(p[2]) : 0);
		}

		@Override
		public int compareTo(Version o) {
			return major != o.major ? Integer.compare(major, o.major) : minor != o.minor ? Integer.compare(minor, o.minor) : Integer.compare(micro, o.micro);
		}

		@Override
		public String toString() {
			return major + "." + minor + "." + micro;
		}
	}

	/** One API package: its version, the bundle that exports it and its signature lines ("Type|declaration"). */
	record Api(String bundle, Version version, Set<String> signatures) {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 3 || !Set.of("check", "update").contains(args[0])) {
			System.err.println("usage: java ApiBaseline.java check|update BUNDLES_DIR BASELINE_FILE");
			System.exit(2);
		}
		Map<String, Api> current = scan(Path.of(args[1]));
		Path baselineFile = Path.of(args[2]);
		if (args[0].equals("update")) {
			write(current, baselineFile);
			System.out.println("API baseline: wrote " + current.size() + " packages to " + baselineFile);
			return;
		}
		List<String> problems = compare(read(baselineFile), current);
		if (problems.isEmpty()) {
			System.out.println("API baseline: " + current.size() + " API packages compatible with " + baselineFile);
			return;
		}
		problems.forEach(p -> System.err.println("API baseline: " + p));
		System.err.println("API baseline: " + problems.size() + " package(s) need a version increase in their bundle's Export-Package;"
				+ " after raising it, record the new API with releng/api-baseline/api-baseline.sh update");
		System.exit(1);
	}

	static List<String> compare(Map<String, Api> baseline, Map<String, Api> current) {
		List<String> problems = new ArrayList<>();
		baseline.forEach((pkg, old) -> {
			Api now = current.get(pkg);
			if (now == null) {
				problems.add("package " + pkg + " (version " + old.version + ") is no longer exported as API: removing an API package is a major change;"
						+ " export it again, or mark it deprecated first and remove it in a new major release");
				return;
			}
			Set<String> removed = new TreeSet<>(old.signatures);
			removed.removeAll(now.signatures);
			Set<String> added = new TreeSet<>(now.signatures);
			added.removeAll(old.signatures);
			List<String> breaking = new ArrayList<>(removed.stream().map(s -> "removed or changed: " + s).toList());
			added.stream().filter(s -> breaksImplementers(s, now.signatures)).forEach(s -> breaking.add("new abstract method: " + s));
			Version needed = !breaking.isEmpty() ? new Version(old.version.major + 1, 0, 0)
					: !added.isEmpty() ? new Version(old.version.major, old.version.minor + 1, 0) : null;
			if (now.version.compareTo(old.version) < 0) {
				problems.add("package " + pkg + " went from version " + old.version + " down to " + now.version + " in bundles/" + now.bundle);
			} else if (needed != null && now.version.compareTo(needed) < 0) {
				List<String> why = !breaking.isEmpty() ? breaking : added.stream().map(s -> "added: " + s).toList();
				problems.add("package " + pkg + " in bundles/" + now.bundle + " changed " + (breaking.isEmpty() ? "compatibly (additions)" : "incompatibly")
						+ " but its version is " + now.version + " (baseline " + old.version + "); raise it to " + needed + ". "
						+ why.size() + " change(s), first: " + why.get(0));
			}
		});
		return problems;
	}

	/** A new abstract method of an interface or abstract class breaks every class that implements it. */
	static boolean breaksImplementers(String signature, Set<String> all) {
		String type = signature.substring(0, signature.indexOf('|'));
		String member = signature.substring(signature.indexOf('|') + 1);
		if (!member.contains(" abstract ") || !member.contains("(")) {
			return false;
		}
		return all.stream().anyMatch(s -> s.startsWith(type + "|") && isTypeHeader(s.substring(s.indexOf('|') + 1), type)
				&& !s.contains(" final ") && (s.contains(" interface ") || s.contains(" abstract class ")));
	}

	static boolean isTypeHeader(String declaration, String type) {
		return declaration.matches(".*\\b(class|interface|enum|record) " + Pattern.quote(type) + "\\b.*") && declaration.endsWith("{");
	}

	private static final Pattern EXPORT = Pattern.compile("^Export-Package:(.*?)(?=^\\S|\\z)", Pattern.MULTILINE | Pattern.DOTALL);

	/** @return the API packages of every bundle folder in {@code bundles}, with their signatures */
	static Map<String, Api> scan(Path bundles) throws IOException {
		Map<String, Api> apis = new TreeMap<>();
		List<Path> folders;
		try (Stream<Path> s = Files.list(bundles)) {
			folders = s.filter(f -> Files.isRegularFile(f.resolve("META-INF/MANIFEST.MF"))).sorted().toList();
		}
		for (Path bundle : folders) {
			String manifest = Files.readString(bundle.resolve("META-INF/MANIFEST.MF"));
			Matcher m = EXPORT.matcher(manifest);
			if (!m.find()) {
				continue;
			}
			String clauses = m.group(1).replaceAll("\\r?\\n ", "");
			for (String clause : clauses.split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)")) {
				String[] parts = clause.trim().split(";");
				String pkg = parts[0].trim();
				String version = null;
				boolean internal = false;
				for (String attribute : parts) {
					String a = attribute.trim();
					if (a.startsWith("version=")) {
						version = a.substring("version=".length()).replace("\"", "");
					}
					internal |= a.startsWith("x-internal:=true") || a.startsWith("x-friends:=");
				}
				if (version == null || internal || !pkg.startsWith("org.segsense.")) {
					continue;
				}
				Path classes = bundle.resolve("target/classes").resolve(pkg.replace('.', '/'));
				if (!Files.isDirectory(classes)) {
					System.err.println("API baseline: " + classes + " does not exist: build the bundle first (./mvnw verify), then run the check again");
					System.exit(2);
				}
				apis.put(pkg, new Api(bundle.getFileName().toString(), Version.parse(version), signatures(bundle.resolve("target/classes"), classes, pkg)));
			}
		}
		return apis;
	}

	/** @return "Type|declaration" for every public type of the package and its public and protected members */
	static Set<String> signatures(Path root, Path folder, String pkg) throws IOException {
		List<String> classNames;
		try (Stream<Path> s = Files.list(folder)) {
			classNames = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".class") && !n.equals("package-info.class"))
					.map(n -> pkg + "." + n.substring(0, n.length() - ".class".length())).sorted().toList();
		}
		Set<String> out = new TreeSet<>();
		if (classNames.isEmpty()) {
			return out;
		}
		List<String> javapArgs = new ArrayList<>(List.of("-protected", "-classpath", root.toString()));
		javapArgs.addAll(classNames);
		StringWriter text = new StringWriter();
		StringWriter errors = new StringWriter();
		int rc = ToolProvider.findFirst("javap").orElseThrow().run(new PrintWriter(text), new PrintWriter(errors), javapArgs.toArray(String[]::new));
		if (rc != 0) {
			throw new IOException("javap failed on " + folder + ": " + errors);
		}
		String type = null;
		for (String line : text.toString().split("\n")) {
			String l = line.strip();
			if (l.isEmpty() || l.startsWith("Compiled from") || l.equals("}")) {
				continue;
			}
			if (!line.startsWith(" ")) { // a type header: keep public ones only
				Matcher h = Pattern.compile("\\b(?:class|interface|enum|record) ([\\w.$]+)").matcher(l);
				type = h.find() && (l.startsWith("public ") || l.startsWith("protected ")) ? h.group(1) : null;
				if (type != null) {
					out.add(type + "|" + l);
				}
			} else if (type != null) {
				out.add(type + "|" + l);
			}
		}
		return out;
	}

	static void write(Map<String, Api> apis, Path file) throws IOException {
		StringBuilder b = new StringBuilder("# SegSense API baseline: the public signatures of every API package at its version.\n"
				+ "# Generated by releng/api-baseline/api-baseline.sh update; checked by the build. Do not edit by hand.\n");
		apis.forEach((pkg, api) -> {
			b.append("package ").append(pkg).append(' ').append(api.version).append(' ').append(api.bundle).append('\n');
			api.signatures.forEach(s -> b.append("  ").append(s).append('\n'));
		});
		Files.writeString(file, b.toString(), StandardCharsets.UTF_8);
	}

	static Map<String, Api> read(Path file) throws IOException {
		if (!Files.isRegularFile(file)) {
			System.err.println("API baseline: " + file + " does not exist; create it with releng/api-baseline/api-baseline.sh update");
			System.exit(2);
		}
		Map<String, Api> apis = new TreeMap<>();
		Api api = null;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			if (line.startsWith("package ")) {
				String[] p = line.split(" ");
				api = new Api(p[3], Version.parse(p[2]), new TreeSet<>());
				apis.put(p[1], api);
			} else if (line.startsWith("  ") && api != null) {
				api.signatures.add(line.substring(2));
			}
		}
		return apis;
	}
}
