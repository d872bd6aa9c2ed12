// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.segsense.backend.BackendUnavailableException;
import org.segsense.backend.ImageBackends;
import org.segsense.backend.JavaImageBackend;
import org.segsense.simpleitk.SimpleItkLocation;

/** Finding the binding (no binding needed) and the messages for missing backends and DICOM without SimpleITK. */
class SimpleItkLocationTest {

	@AfterEach
	void clear() {
		System.clearProperty(SimpleItkLocation.PROPERTY);
	}

	@Test
	void officialDistributionLayoutIsFoundAndSourcesJarIgnored(@TempDir Path dir) throws Exception {
		jar(dir.resolve("simpleitk-2.1.1-javadoc.jar"), "index.html");
		jar(dir.resolve("simpleitk-2.1.1-source.jar"), "org/itk/simple/SimpleITKJNI.java");
		jar(dir.resolve("simpleitk-2.1.1.jar"), "org/itk/simple/SimpleITKJNI.class");
		Files.writeString(dir.resolve(SimpleItkLocation.LIBRARY), "x");
		System.setProperty(SimpleItkLocation.PROPERTY, dir.toString());
		SimpleItkLocation l = SimpleItkLocation.find();
		assertEquals(dir.resolve("simpleitk-2.1.1.jar").toAbsolutePath(), l.jar());
		assertEquals(dir.resolve(SimpleItkLocation.LIBRARY).toAbsolutePath(), l.library());
	}

	@Test
	void buildScriptLayoutIsFound(@TempDir Path dir) throws Exception {
		jar(dir.resolve("simpleitk.jar"), "org/itk/simple/SimpleITKJNI.class");
		Files.writeString(dir.resolve(SimpleItkLocation.LIBRARY), "x");
		assertEquals(dir.resolve("simpleitk.jar").toAbsolutePath(), SimpleItkLocation.in(dir).orElseThrow().jar());
	}

	@Test
	void aJarWithoutSimpleItksClassesIsNotABinding(@TempDir Path dir) throws Exception {
		Files.writeString(dir.resolve("simpleitk.jar"), "not a zip");
		Files.writeString(dir.resolve(SimpleItkLocation.LIBRARY), "x");
		assertTrue(SimpleItkLocation.in(dir).isEmpty(), "a damaged jar");
		jar(dir.resolve("simpleitk.jar"), "org/itk/simple/Image.java");
		assertTrue(SimpleItkLocation.in(dir).isEmpty(), "a source jar");
	}

	static void jar(Path file, String entry) throws Exception {
		try (java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
			z.putNextEntry(new java.util.zip.ZipEntry(entry));
			z.write(1);
			z.closeEntry();
		}
	}

	@Test
	void namedFolderWithoutLibraryIsReportedWithItsPath(@TempDir Path dir) throws Exception {
		jar(dir.resolve("simpleitk.jar"), "org/itk/simple/SimpleITKJNI.class");
		System.setProperty(SimpleItkLocation.PROPERTY, dir.toString());
		IllegalStateException e = assertThrows(IllegalStateException.class, SimpleItkLocation::find);
		assertTrue(e.getMessage().contains(dir.toAbsolutePath().toString()) && e.getMessage().contains(SimpleItkLocation.LIBRARY), e.getMessage());
	}

	@Test
	void unknownBackendNamesTheChoices() {
		BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> ImageBackends.get("itk"));
		assertTrue(e.getMessage().contains("unknown backend 'itk'") && e.getMessage().contains("java"), e.getMessage());
		assertEquals("java", ImageBackends.get(null).id());
		assertEquals("java", ImageBackends.get(" JAVA ").id());
	}

	@Test
	void dicomFolderOnTheJavaBackendNamesSimpleItkAndTheBuildScript(@TempDir Path dir) throws Exception {
		Path series = Files.createDirectory(dir.resolve("series"));
		for (Path p : new Path[] {series, Path.of(series + "#1.2.3")}) {
			assertTrue(ImageBackends.isSeriesPath(p), p.toString());
			BackendUnavailableException e = assertThrows(BackendUnavailableException.class, () -> new JavaImageBackend().read(p));
			assertTrue(e.getMessage().contains("SimpleITK") && e.getMessage().contains("releng/simpleitk/build.sh")
					&& e.getMessage().contains("--backend simpleitk"), e.getMessage());
		}
		Path file = Files.writeString(dir.resolve("a#b.nii"), "x");
		assertTrue(!ImageBackends.isSeriesPath(file), "an existing file with # is a file");
	}
}
