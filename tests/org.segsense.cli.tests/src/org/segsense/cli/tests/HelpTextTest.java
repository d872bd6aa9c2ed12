// SPDX-License-Identifier: EPL-2.0
package org.segsense.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.segsense.cli.SegSenseCli;

import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;

/**
 * The help text of every command: its first description line (the one {@code segsense --help} lists) is a
 * whole sentence, every paragraph of a command or option description ends a sentence (text is written for
 * picocli's wrapping, not cut into lines by hand), and rendering {@code --help} makes picocli print no
 * warning (picocli writes those to {@link System#err}, e.g. for an unescaped "%" in a description).
 */
class HelpTextTest {

	/** The end of a sentence: '.', '!' or '?', optionally followed by closing brackets or quotes. */
	private static final Pattern SENTENCE_END = Pattern.compile("(?s).*[.!?][)\"'’”]*");

	@Test
	void everyCommandsFirstDescriptionLineIsAWholeSentence() {
		List<CommandLine> commands = ourCommands();
		assertTrue(commands.size() >= 25, "the walk found only " + commands.size() + " commands");
		List<String> bad = new ArrayList<>();
		for (CommandLine c : commands) {
			String[] description = c.getCommandSpec().usageMessage().description();
			if (description.length == 0 || !SENTENCE_END.matcher(description[0].strip()).matches()) {
				bad.add(c.getCommandSpec().qualifiedName() + ": " + (description.length == 0 ? "(none)" : description[0]));
			}
		}
		assertEquals(List.of(), bad, "first description lines that are not whole sentences");
	}

	@Test
	void everyDescriptionParagraphEndsASentence() {
		List<String> bad = new ArrayList<>();
		for (CommandLine c : ourCommands()) {
			String name = c.getCommandSpec().qualifiedName();
			for (String paragraph : c.getCommandSpec().usageMessage().description()) {
				if (!SENTENCE_END.matcher(paragraph.strip()).matches()) {
					bad.add(name + ": " + paragraph);
				}
			}
			List<ArgSpec> args = new ArrayList<>(c.getCommandSpec().options());
			args.addAll(c.getCommandSpec().positionalParameters());
			for (ArgSpec arg : args) {
				for (String paragraph : arg.description()) {
					if (!SENTENCE_END.matcher(paragraph.strip()).matches()) {
						bad.add(name + " " + arg.paramLabel() + ": " + paragraph);
					}
				}
			}
		}
		assertEquals(List.of(), bad, "description paragraphs cut mid-sentence (one string per paragraph)");
	}

	@Test
	void helpOfEveryCommandRendersWithoutPicocliWarnings() {
		PrintStream original = System.err;
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		List<String> warned = new ArrayList<>();
		try (PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8)) {
			System.setErr(capture);
			for (CommandLine c : ourCommands()) {
				captured.reset();
				StringWriter usage = new StringWriter();
				c.usage(new PrintWriter(usage, true));
				String err = captured.toString(StandardCharsets.UTF_8);
				if (!err.isEmpty()) {
					warned.add(c.getCommandSpec().qualifiedName() + ": " + err);
				}
				assertTrue(usage.toString().startsWith("Usage: "), usage::toString);
			}
			captured.reset();
			Cli.Result r = Cli.run("--help");
			assertEquals(0, r.exitCode(), r::toString);
			assertEquals("", r.err(), r::toString);
			String err = captured.toString(StandardCharsets.UTF_8);
			if (!err.isEmpty()) {
				warned.add("segsense --help: " + err);
			}
			Cli.Result report = Cli.run("report", "--help");
			assertTrue(report.out().contains("95 % CI per variant"), report::toString);
		} finally {
			System.setErr(original);
		}
		assertEquals(List.of(), warned, "picocli wrote warnings to stderr while rendering --help");
	}

	/** Every command of the tree whose class is SegSense's (picocli's own help command is not). */
	private static List<CommandLine> ourCommands() {
		StringWriter sink = new StringWriter();
		CommandLine root = SegSenseCli.newCommandLine(new PrintWriter(sink), new PrintWriter(sink));
		Map<CommandLine, Boolean> seen = new IdentityHashMap<>();
		List<CommandLine> all = new ArrayList<>();
		walk(root, seen, all);
		all.removeIf(c -> !c.getCommandSpec().userObject().getClass().getName().startsWith("org.segsense."));
		return all;
	}

	private static void walk(CommandLine c, Map<CommandLine, Boolean> seen, List<CommandLine> all) {
		if (seen.put(c, Boolean.TRUE) != null) {
			return;
		}
		all.add(c);
		for (CommandLine sub : c.getSubcommands().values()) {
			walk(sub, seen, all);
		}
	}
}
