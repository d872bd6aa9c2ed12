// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.io;

import java.io.ByteArrayInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;

import javax.xml.XMLConstants;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.ClassNotFoundException;
import org.eclipse.emf.ecore.xmi.DanglingHREFException;
import org.eclipse.emf.ecore.xmi.FeatureNotFoundException;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.PackageNotFoundException;
import org.eclipse.emf.ecore.xmi.UnresolvedReferenceException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.segsense.model.AggregationPolicy;
import org.segsense.model.Device;
import org.segsense.model.EvaluationSpace;
import org.segsense.model.ExecutionSettings;
import org.segsense.model.MetricSpec;
import org.segsense.model.ParameterValue;
import org.segsense.model.SegsenseFactory;
import org.segsense.model.SegsensePackage;
import org.segsense.model.Study;
import org.segsense.model.io.StudyLoadException.Reason;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Loads, saves and creates SegSense study files ({@code *.segsense}, XMI in UTF-8).
 *
 * <p>Loading refuses DOCTYPEs and never resolves external entities, so a hostile file cannot read local
 * files or reach the network; it reads nothing but the given file. Every failure is a
 * {@link StudyLoadException} whose message tells the user what is wrong and what to do. Saving writes a
 * temporary file next to the target and moves it into place, so a failed save leaves the old file intact.
 *
 * <p>Each call uses a resource set of its own and registers the SegSense package and the XMI factory there:
 * it works without OSGi and leaves EMF's global registries alone. The methods are thread-safe.
 */
public final class StudyResources {

    /** File extension of study files, without the dot. */
    public static final String FILE_EXTENSION = "segsense";

    /** Namespace URIs of all versions of the study format start with this. */
    public static final String NAMESPACE_PREFIX = "http://segsense.org/model/study/";

    /** The version of the study format this build reads and writes, e.g. {@code 1.0}. */
    public static final String FORMAT_VERSION = SegsensePackage.eNS_URI.substring(NAMESPACE_PREFIX.length());

    /** Name of the NSD parameter holding the tolerance in mm. */
    public static final String NSD_TOLERANCE_PARAMETER = "tolerance";

    /** Seed of new studies; any fixed value makes a new study reproducible. */
    public static final long DEFAULT_SEED = 42L;

    /** The largest study file {@link #load} reads (64 MiB; a study with ten thousand cases is a few MiB). */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private StudyResources() {
    }

    // ---------------------------------------------------------------------------------------------- load

    /**
     * Loads the study in {@code file}.
     *
     * @return the study, in a resource of its own whose URI is the file's
     * @throws StudyLoadException when the file is missing, unreadable, empty, not well-formed, declares a
     *                            DOCTYPE, is not a study, uses another format version, has unknown content or
     *                            dangling references
     */
    public static Study load(Path file) throws StudyLoadException {
        Path absolute = file.toAbsolutePath().normalize();
        byte[] content = read(absolute);
        if (content.length == 0 || isBlank(content)) {
            throw failure(absolute, Reason.EMPTY, 0, "Study file " + absolute
                    + " is empty. Restore it from a backup, or create a new study with 'segsense study new'.", null);
        }
        checkXml(absolute, content);

        Resource resource = newResourceSet().createResource(URI.createFileURI(absolute.toString()));
        try {
            resource.load(new ByteArrayInputStream(content), loadOptions());
        } catch (IOException e) {
            throw contentFailure(absolute, e.getCause() != null ? e.getCause() : e);
        } catch (RuntimeException e) {
            throw failure(absolute, Reason.UNKNOWN_CONTENT, 0, "Study file " + absolute
                    + " has content this SegSense cannot interpret. Open it with the SegSense version that wrote it, or restore it from a backup.", e);
        }
        if (!resource.getErrors().isEmpty() && resource.getErrors().get(0) instanceof Exception error) {
            throw contentFailure(absolute, error);
        }
        if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Study study)) {
            throw failure(absolute, Reason.NOT_A_STUDY, 0, "File " + absolute
                    + " does not hold exactly one study. Choose a study file written by SegSense.", null);
        }
        checkSelfContained(absolute, study);
        return study;
    }

    private static byte[] read(Path file) throws StudyLoadException {
        if (Files.isDirectory(file)) {
            throw failure(file, Reason.NOT_FOUND, 0, "Cannot open study file " + file
                    + ": it is a folder. Give the path of a ." + FILE_EXTENSION + " file.", null);
        }
        try {
            // Only regular files: a FIFO would block forever, a device (/dev/zero) never ends.
            java.nio.file.attribute.BasicFileAttributes attributes = Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                throw failure(file, Reason.UNREADABLE, 0, "Cannot open study file " + file + ": it is not a regular file (a FIFO, device or"
                        + " socket), which SegSense does not read. Give the path of a ." + FILE_EXTENSION + " file.", null);
            }
            if (attributes.size() > MAX_FILE_BYTES) {
                throw failure(file, Reason.UNREADABLE, 0, "Cannot open study file " + file + ": it is " + attributes.size() / (1024 * 1024)
                        + " MiB, more than the " + MAX_FILE_BYTES / (1024 * 1024) + " MiB a study file may have. Check that it is a study file.", null);
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw failure(file, Reason.NOT_FOUND, 0, "Cannot open study file " + file
                    + ": it does not exist. Check the path, or create a study with 'segsense study new " + file + "'.", e);
        } catch (AccessDeniedException e) {
            throw failure(file, Reason.UNREADABLE, 0, "Cannot read study file " + file
                    + ": permission denied. Check the file's permissions.", e);
        } catch (IOException | OutOfMemoryError e) {
            throw failure(file, Reason.UNREADABLE, 0, "Cannot read study file " + file + " (" + describe(e)
                    + "). Check that the file is accessible and not damaged.", e);
        }
    }

    private static boolean isBlank(byte[] content) {
        for (byte b : content) {
            if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
                return false;
            }
        }
        return true;
    }

    /** Well-formedness, DOCTYPE and namespace/version, before EMF sees the file. */
    private static void checkXml(Path file, byte[] content) throws StudyLoadException {
        XmlPrescan.Root root;
        try {
            root = XmlPrescan.scan(content);
        } catch (XmlPrescan.DoctypeFound e) {
            throw failure(file, Reason.DOCTYPE_REFUSED, e.line, "Study file " + file + " contains a DOCTYPE declaration"
                    + atLine(e.line) + ", which SegSense refuses because it can pull in other files. Remove the <!DOCTYPE ...> declaration"
                    + " and any entity references (&name;) from the file.", e);
        } catch (SAXParseException e) {
            throw failure(file, Reason.MALFORMED, e.getLineNumber(), "Study file " + file + " is not well-formed XML"
                    + atLine(e.getLineNumber()) + " (" + oneLine(e.getMessage()) + "). Fix the file in a text editor or restore it from a backup.", e);
        } catch (SAXException | IOException e) {
            throw failure(file, Reason.MALFORMED, 0, "Study file " + file + " is not well-formed XML (" + describe(e)
                    + "). Fix the file in a text editor or restore it from a backup.", e);
        }
        if (root == null) {
            throw failure(file, Reason.NOT_A_STUDY, 0, "File " + file
                    + " contains no study. Choose a ." + FILE_EXTENSION + " file written by SegSense.", null);
        }
        if (SegsensePackage.eNS_URI.equals(root.namespace())) {
            return;
        }
        if (root.namespace().startsWith(NAMESPACE_PREFIX)) {
            throw versionFailure(file, root.namespace().substring(NAMESPACE_PREFIX.length()));
        }
        String namespace = root.namespace().isEmpty() ? "no namespace" : "namespace \"" + root.namespace() + "\"";
        throw failure(file, Reason.NOT_A_STUDY, 0, "File " + file + " is not a SegSense study: its root element <" + root.qualifiedName()
                + "> has " + namespace + " instead of \"" + SegsensePackage.eNS_URI + "\". Choose a ." + FILE_EXTENSION
                + " file written by SegSense.", null);
    }

    private static StudyLoadException versionFailure(Path file, String version) {
        int comparison = compareVersions(version, FORMAT_VERSION);
        String message;
        if (comparison > 0) {
            message = "Study file " + file + " uses study format " + version + " of a newer SegSense; this SegSense reads format "
                    + FORMAT_VERSION + ". Upgrade SegSense to open it.";
        } else if (comparison < 0) {
            message = "Study file " + file + " uses the old study format " + version + ", which this SegSense (format "
                    + FORMAT_VERSION + ") cannot read. Open it with the SegSense release that wrote it.";
        } else {
            message = "Study file " + file + " uses an unknown study format \"" + version + "\"; this SegSense reads format "
                    + FORMAT_VERSION + ". Upgrade SegSense, or check that the file was written by SegSense.";
        }
        return failure(file, Reason.UNSUPPORTED_VERSION, 0, message, null);
    }

    /** Compares dotted numeric versions; 0 when equal or when {@code version} is not numeric. */
    static int compareVersions(String version, String reference) {
        if (!version.matches("\\d+(\\.\\d+)*")) {
            return 0;
        }
        String[] a = version.split("\\.");
        String[] b = reference.split("\\.");
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            long x = i < a.length ? parse(a[i]) : 0;
            long y = i < b.length ? parse(b[i]) : 0;
            if (x != y) {
                return Long.compare(x, y);
            }
        }
        return 0;
    }

    private static long parse(String digits) {
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE; // absurdly long version numbers count as newer
        }
    }

    private static StudyLoadException contentFailure(Path file, Throwable cause) {
        int line = cause instanceof XMIException xmi ? xmi.getLine() : 0;
        if (cause instanceof UnresolvedReferenceException unresolved) {
            return failure(file, Reason.DANGLING_REFERENCE, line, "Study file " + file + " refers" + atLine(line) + " to \""
                    + unresolved.getReference() + "\", which is not in the file. Correct or remove that reference in a text editor.", cause);
        }
        String what;
        if (cause instanceof FeatureNotFoundException feature) {
            what = "unknown element or attribute '" + feature.getName() + "'";
        } else if (cause instanceof ClassNotFoundException type) {
            what = "unknown object type '" + type.getName() + "'";
        } else if (cause instanceof PackageNotFoundException pkg) {
            what = "unknown namespace \"" + pkg.uri() + "\"";
        } else if (cause instanceof IllegalValueException value) {
            what = "the value " + valueText(value.getValue()) + " does not fit '" + value.getFeature().getName() + "'";
        } else if (cause instanceof SAXParseException parse) {
            return failure(file, Reason.MALFORMED, parse.getLineNumber(), "Study file " + file + " is not well-formed XML"
                    + atLine(parse.getLineNumber()) + ". Fix the file in a text editor or restore it from a backup.", cause);
        } else {
            what = describe(cause);
        }
        return failure(file, Reason.UNKNOWN_CONTENT, line, "Study file " + file + " has content this SegSense does not understand"
                + atLine(line) + ": " + what + ". Remove it, or open the file with the SegSense version that wrote it.", cause);
    }

    /** Rejects references to objects outside the file: studies are self-contained. */
    private static void checkSelfContained(Path file, Study study) throws StudyLoadException {
        checkReferencesOf(file, study);
        for (var contents = EcoreUtil.<EObject>getAllContents(study, false); contents.hasNext();) {
            checkReferencesOf(file, contents.next());
        }
    }

    private static void checkReferencesOf(Path file, EObject object) throws StudyLoadException {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !object.eIsSet(reference)) {
                continue;
            }
            Object value = object.eGet(reference, false);
            Iterable<?> targets = reference.isMany() ? (Iterable<?>) value : java.util.List.of(value);
            for (Object target : targets) {
                if (target instanceof EObject eTarget && (eTarget.eIsProxy() || eTarget.eResource() != object.eResource())) {
                    String uri = eTarget.eIsProxy() ? String.valueOf(((org.eclipse.emf.ecore.InternalEObject) eTarget).eProxyURI()) : "another file";
                    throw failure(file, Reason.DANGLING_REFERENCE, 0, "Study file " + file + " refers from '" + reference.getName() + "' to \""
                            + uri + "\", which is not in the file; studies must be self-contained. Correct or remove that reference in a text editor.", null);
                }
            }
        }
    }

    // ---------------------------------------------------------------------------------------------- save

    /**
     * Saves {@code study} to {@code file} as XMI in UTF-8, atomically: the new content is written to a
     * temporary file in the same folder and then moved over {@code file}. If anything fails, {@code file}
     * keeps its previous content and the temporary file is removed. Missing parent folders are created.
     *
     * <p>A study not yet in a resource is put into one whose URI is {@code file}; a study already in a
     * resource (e.g. from {@link #load}) stays there and must be that resource's root.
     *
     * @throws StudySaveException when the study cannot be serialised (e.g. it refers to an object that is not
     *                            part of it) or the file cannot be written
     */
    public static void save(Study study, Path file) throws StudySaveException {
        Path target = file.toAbsolutePath().normalize();
        Resource resource = study.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createFileURI(target.toString()));
            resource.getContents().add(study);
        } else if (study.eContainer() != null || resource.getContents().get(0) != study) {
            throw new IllegalArgumentException("The study must be the root of its resource to be saved on its own.");
        }
        Path temporary = null;
        try {
            Path folder = Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(folder, "." + target.getFileName() + ".", ".tmp");
            try (FileOutputStream stream = new FileOutputStream(temporary.toFile())) {
                resource.save(stream, saveOptions());
                stream.flush();
                stream.getChannel().force(true); // the bytes are on disk before the move makes them the file
            }
            move(temporary, target);
            temporary = null;
        } catch (IOException | RuntimeException e) {
            Throwable cause = e instanceof Resource.IOWrappedException && e.getCause() != null ? e.getCause() : e;
            String problem = cause instanceof DanglingHREFException
                    ? "the study refers to an object that is not part of it (for example a rater or axis that was removed); remove that reference and save again"
                    : describe(cause);
            throw new StudySaveException(target, "Cannot save the study to " + target + ": " + problem + ". The file was not changed.", cause);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Best effort: a leftover hidden .tmp file is harmless and the original error matters more.
                }
            }
        }
    }

    private static void move(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Serialises {@code study} to {@code stream} as a study file would contain it (e.g. for checksums or previews). */
    public static void write(Study study, OutputStream stream) throws IOException {
        Resource resource = study.eResource();
        if (resource == null) {
            resource = newResourceSet().createResource(URI.createURI("study." + FILE_EXTENSION));
            resource.getContents().add(study);
        }
        resource.save(stream, saveOptions());
    }

    // ---------------------------------------------------------------------------------------------- new

    /**
     * A new study with sensible defaults, for {@code segsense study new}: ground-truth reference; metrics
     * dice, hd95, hd95Pooled (the other HD95 convention) and nsd (tolerance 2 mm); failure-inclusive
     * aggregation ({@code worstCase}: a missed structure counts as the grid diagonal); one-at-a-time design; all cores ({@code threads = 0}); device
     * auto; reference transformed for spatial perturbations; seed {@value #DEFAULT_SEED}. It has no cases,
     * model variants or axes yet, so validation reports what to add.
     *
     * @param id the study id, also used as its name
     */
    public static Study newStudy(String id) {
        java.util.Objects.requireNonNull(id, "id");
        SegsenseFactory factory = SegsenseFactory.eINSTANCE;
        Study study = factory.createStudy();
        study.setId(id);
        study.setName(id);
        study.setSeed(DEFAULT_SEED);
        study.setReference(factory.createGroundTruthReference());
        study.setDesign(factory.createOneAtATimeDesign());
        study.setEvaluationSpace(EvaluationSpace.TRANSFORM_REFERENCE);
        // failure-inclusive by default for new studies; a file without the attribute keeps its old meaning (exclude)
        study.setAggregation(AggregationPolicy.WORST_CASE);
        study.getMetrics().add(metric("dice", "dice"));
        study.getMetrics().add(metric("hd95", "hd95"));
        study.getMetrics().add(metric("hd95Pooled", "hd95Pooled"));
        MetricSpec nsd = metric("nsd", "nsd");
        ParameterValue tolerance = factory.createParameterValue();
        tolerance.setName(NSD_TOLERANCE_PARAMETER);
        tolerance.setValue("2");
        nsd.getParameters().add(tolerance);
        study.getMetrics().add(nsd);
        ExecutionSettings execution = factory.createExecutionSettings();
        execution.setThreads(0);
        execution.setDevice(Device.AUTO);
        study.setExecution(execution);
        return study;
    }

    private static MetricSpec metric(String id, String type) {
        MetricSpec metric = SegsenseFactory.eINSTANCE.createMetricSpec();
        metric.setId(id);
        metric.setMetricType(type);
        return metric;
    }

    // ---------------------------------------------------------------------------------------------- EMF set-up

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(SegsensePackage.eNS_URI, SegsensePackage.eINSTANCE);
        resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap().put(Resource.Factory.Registry.DEFAULT_EXTENSION,
                new XMIResourceFactoryImpl());
        return resourceSet;
    }

    /** EMF load options: secure parser set-up (no DOCTYPE, no external entities), strict about unknown content. */
    static Map<Object, Object> loadOptions() {
        Map<String, Boolean> features = new HashMap<>();
        features.put("http://apache.org/xml/features/disallow-doctype-decl", Boolean.TRUE);
        features.put("http://xml.org/sax/features/external-general-entities", Boolean.FALSE);
        features.put("http://xml.org/sax/features/external-parameter-entities", Boolean.FALSE);
        features.put("http://apache.org/xml/features/nonvalidating/load-external-dtd", Boolean.FALSE);
        features.put(XMLConstants.FEATURE_SECURE_PROCESSING, Boolean.TRUE);
        Map<String, Object> properties = new HashMap<>();
        properties.put(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        properties.put(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");

        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_PARSER_FEATURES, features);
        options.put(XMLResource.OPTION_PARSER_PROPERTIES, properties);
        options.put(XMLResource.OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
        options.put(XMLResource.OPTION_RECORD_UNKNOWN_FEATURE, Boolean.FALSE);
        return options;
    }

    private static Map<Object, Object> saveOptions() {
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(Resource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_SCHEMA_LOCATION, Boolean.FALSE);
        options.put(XMLResource.OPTION_PROCESS_DANGLING_HREF, XMLResource.OPTION_PROCESS_DANGLING_HREF_THROW);
        return options;
    }

    // ---------------------------------------------------------------------------------------------- messages

    private static StudyLoadException failure(Path file, Reason reason, int line, String message, Throwable cause) {
        return new StudyLoadException(file, reason, line, message, cause);
    }

    private static String atLine(int line) {
        return line > 0 ? " at line " + line : "";
    }

    private static String oneLine(String text) {
        return text == null ? "no details" : text.replaceAll("\\s+", " ").trim();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : withoutObjectIds(oneLine(message));
    }

    /**
     * A value as the user wrote it: an object (e.g. the target of a cross-document href) by its reference and
     * type, never by Java's {@code ...CaseImpl@1b2c3d} identity.
     */
    static String valueText(Object value) {
        if (value instanceof org.eclipse.emf.ecore.InternalEObject object) {
            String type = object.eClass().getName();
            if (object.eIsProxy()) {
                return "\"" + object.eProxyURI() + "\" (a " + type + " in another file)";
            }
            return "a " + type;
        }
        return "\"" + value + "\"";
    }

    /** Replaces Java object identities ({@code org.segsense.model.impl.CaseImpl@1b2c3d (...)}) in EMF's messages by the type name. */
    static String withoutObjectIds(String message) {
        return message.replaceAll("(?:[\\w$]+\\.)*(\\w+?)(?:Impl)?@[0-9a-f]+(?: \\([^)]*\\))?", "$1");
    }
}
