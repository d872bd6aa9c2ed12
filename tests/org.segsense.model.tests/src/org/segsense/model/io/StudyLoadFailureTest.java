// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException.Reason;

/** Every way loading can fail gives a {@link StudyLoadException} with a message for the user. */
class StudyLoadFailureTest {

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    private static final String NAMESPACES = "xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xmlns:segsense=\"" + SegsensePackage.eNS_URI + "\"";
    private static final String SECRET = "TOP-SECRET-7f3a";

    @TempDir
    Path directory;

    @Test
    void missingFile() {
        Path file = directory.resolve("nope.segsense");
        StudyLoadException failure = fail(file, Reason.NOT_FOUND);
        assertTrue(failure.getMessage().contains("does not exist"), failure.getMessage());
        assertTrue(failure.getMessage().contains("segsense study new"), failure.getMessage());
    }

    @Test
    void folderInsteadOfFile() throws IOException {
        Path folder = Files.createDirectories(directory.resolve("folder.segsense"));
        assertTrue(fail(folder, Reason.NOT_FOUND).getMessage().contains("is a folder"));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "  \n\t\n" })
    void emptyFile(String content) throws IOException {
        assertTrue(fail(write(content), Reason.EMPTY).getMessage().contains("is empty"));
    }

    @Test
    void malformedXmlNamesTheLine() throws IOException {
        Path file = write(HEADER + "<segsense:Study " + NAMESPACES + " id=\"s1\">\n  <cases id=\"c1\">\n</segsense:Study>\n");
        StudyLoadException failure = fail(file, Reason.MALFORMED);
        assertEquals(4, failure.getLine());
        assertTrue(failure.getMessage().contains("not well-formed XML at line 4"), failure.getMessage());
    }

    @Test
    void notXmlAtAll() throws IOException {
        fail(write("id: s1\nname: yaml is not a study\n"), Reason.MALFORMED);
    }

    @Test
    void externalEntityIsRefusedAndNotRead() throws IOException {
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        Path file = write(HEADER + "<!DOCTYPE segsense:Study [\n  <!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">\n]>\n"
                + "<segsense:Study " + NAMESPACES + " id=\"s1\" name=\"&xxe;\" description=\"&xxe;\"/>\n");

        StudyLoadException failure = fail(file, Reason.DOCTYPE_REFUSED);

        assertFalse(failure.getMessage().contains(SECRET));
        assertTrue(failure.getMessage().contains("DOCTYPE"), failure.getMessage());
        assertEquals(2, failure.getLine());
    }

    @Test
    void parameterEntityIsRefused() throws IOException {
        Path secret = directory.resolve("evil.dtd");
        Files.writeString(secret, "<!ENTITY leak \"" + SECRET + "\">");
        Path file = write(HEADER + "<!DOCTYPE x [ <!ENTITY % remote SYSTEM \"" + secret.toUri() + "\"> %remote; ]>\n"
                + "<segsense:Study " + NAMESPACES + " id=\"&leak;\"/>\n");
        assertFalse(fail(file, Reason.DOCTYPE_REFUSED).getMessage().contains(SECRET));
    }

    @Test
    void plainDoctypeIsRefused() throws IOException {
        fail(write(HEADER + "<!DOCTYPE study>\n<segsense:Study " + NAMESPACES + " id=\"s1\"/>\n"), Reason.DOCTYPE_REFUSED);
    }

    @Test
    void emfParserRefusesEntitiesEvenWithoutThePrescan() throws IOException {
        // Defence in depth: the load options alone must keep the entity out.
        Path secret = directory.resolve("secret.txt");
        Files.writeString(secret, SECRET);
        String content = HEADER + "<!DOCTYPE segsense:Study [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<segsense:Study " + NAMESPACES + " id=\"s1\" name=\"&xxe;\"/>\n";
        Resource resource = new XMIResourceImpl(URI.createFileURI(directory.resolve("x.segsense").toString()));
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(SegsensePackage.eNS_URI, SegsensePackage.eINSTANCE);
        set.getResources().add(resource);

        assertThrows(IOException.class,
                () -> resource.load(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), StudyResources.loadOptions()));
        assertTrue(resource.getContents().isEmpty() || !String.valueOf(((Study) resource.getContents().get(0)).getName()).contains(SECRET));
    }

    @Test
    void newerFormatVersionSaysWhichAndAsksForAnUpgrade() throws IOException {
        Path file = write(HEADER + "<segsense:Study " + NAMESPACES.replace(SegsensePackage.eNS_URI, StudyResources.NAMESPACE_PREFIX + "2.3")
                + " id=\"s1\"/>\n");
        String message = fail(file, Reason.UNSUPPORTED_VERSION).getMessage();
        assertTrue(message.contains("2.3"), message);
        assertTrue(message.contains("format " + StudyResources.FORMAT_VERSION), message);
        assertTrue(message.contains("Upgrade SegSense"), message);
    }

    @Test
    void olderOrNonNumericVersionIsRefused() throws IOException {
        fail(write(HEADER + "<segsense:Study " + NAMESPACES.replace(SegsensePackage.eNS_URI, StudyResources.NAMESPACE_PREFIX + "0.9")
                + " id=\"s1\"/>\n"), Reason.UNSUPPORTED_VERSION);
        String message = fail(write(HEADER + "<segsense:Study " + NAMESPACES.replace(SegsensePackage.eNS_URI,
                StudyResources.NAMESPACE_PREFIX + "beta") + " id=\"s1\"/>\n"), Reason.UNSUPPORTED_VERSION).getMessage();
        assertTrue(message.contains("\"beta\""), message);
    }

    @Test
    void unknownNamespaceIsNotAStudy() throws IOException {
        Path file = write(HEADER + "<ecore:EPackage xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
                + " xmlns:ecore=\"http://www.eclipse.org/emf/2002/Ecore\" name=\"x\"/>\n");
        String message = fail(file, Reason.NOT_A_STUDY).getMessage();
        assertTrue(message.contains("http://www.eclipse.org/emf/2002/Ecore"), message);
        assertTrue(message.contains("is not a SegSense study"), message);
    }

    @Test
    void noNamespaceIsNotAStudy() throws IOException {
        assertTrue(fail(write(HEADER + "<html><body/></html>\n"), Reason.NOT_A_STUDY).getMessage().contains("no namespace"));
    }

    @Test
    void anotherRootClassIsNotAStudy() throws IOException {
        fail(write(HEADER + "<segsense:Case " + NAMESPACES + " id=\"c1\"/>\n"), Reason.NOT_A_STUDY);
    }

    @Test
    void unknownAttributeNamesItAndTheLine() throws IOException {
        Path file = write(HEADER + "<segsense:Study " + NAMESPACES + " id=\"s1\">\n  <cases id=\"c1\" colour=\"red\"/>\n</segsense:Study>\n");
        StudyLoadException failure = fail(file, Reason.UNKNOWN_CONTENT);
        assertTrue(failure.getMessage().contains("'colour'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("line 3"), failure.getMessage());
    }

    @Test
    void badValueIsUnknownContent() throws IOException {
        Path file = write(HEADER + "<segsense:Study " + NAMESPACES + " id=\"s1\" seed=\"many\"/>\n");
        assertTrue(fail(file, Reason.UNKNOWN_CONTENT).getMessage().contains("\"many\""));
    }

    @Test
    void danglingReferenceInTheFile() throws IOException {
        Path file = write(HEADER + "<segsense:Study " + NAMESPACES + " id=\"s1\">\n"
                + "  <modelVariants id=\"m1\"/>\n"
                + "  <reference xsi:type=\"segsense:BinaryStapleReference\" raters=\"//@modelVariants.0 //@modelVariants.4\"/>\n"
                + "</segsense:Study>\n");
        StudyLoadException failure = fail(file, Reason.DANGLING_REFERENCE);
        assertTrue(failure.getMessage().contains("//@modelVariants.4"), failure.getMessage());
    }

    @Test
    void referenceToAnotherFileIsDangling() throws IOException {
        Files.writeString(directory.resolve("other.segsense"), "not even XML");
        Path file = write(HEADER + "<segsense:Study " + NAMESPACES + " id=\"s1\">\n"
                + "  <reference xsi:type=\"segsense:MajorityVoteReference\">\n"
                + "    <raters href=\"other.segsense#//@modelVariants.0\"/>\n  </reference>\n"
                + "</segsense:Study>\n");
        String message = fail(file, Reason.DANGLING_REFERENCE).getMessage();
        assertTrue(message.contains("other.segsense"), message);
    }

    private Path write(String content) throws IOException {
        Path file = Files.createTempFile(directory, "study", ".segsense");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** Asserts that loading fails for {@code reason} with a message fit for a user, and returns the failure. */
    private static StudyLoadException fail(Path file, Reason reason) {
        StudyLoadException failure = assertThrows(StudyLoadException.class, () -> StudyResources.load(file));
        String message = failure.getMessage();
        assertEquals(reason, failure.getReason(), message);
        assertTrue(message.contains(file.toAbsolutePath().normalize().toString()), "message names the file: " + message);
        assertFalse(message.contains("\n"), "one paragraph: " + message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), "no stack trace or class names: " + message);
        assertTrue(message.endsWith("."), message);
        return failure;
    }
}
