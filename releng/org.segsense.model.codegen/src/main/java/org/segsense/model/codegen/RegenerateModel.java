// SPDX-License-Identifier: EPL-2.0
package org.segsense.model.codegen;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Regenerates the EMF code of the SegSense model headlessly, without an Eclipse workspace.
 *
 * <p>Steps: reload {@code segsense.genmodel} from {@code segsense.ecore} (as the IDE's "Reload" does;
 * the file is rewritten only when it changed), run EMF's generator for the model and edit projects into
 * a scratch folder, then replace {@code src-gen/}, {@code plugin.xml} and {@code plugin.properties} of both bundles
 * (and the edit bundle's icons) with that output. Manifests and build.properties stay
 * hand-written. Because {@code src-gen/} is replaced as a whole, no
 * hand-written code may live there; the bundles keep it in {@code src/} (see the model bundle's README).
 *
 * <p>Usage: {@code RegenerateModel REPOSITORY_ROOT}.
 */
public final class RegenerateModel {

    private static final String MODEL_BUNDLE = "org.segsense.model";
    private static final String EDIT_BUNDLE = "org.segsense.model.edit";

    private RegenerateModel() {
    }

    public static void main(String[] args) throws IOException {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path bundles = root.resolve("bundles");
        Path genModelFile = bundles.resolve(MODEL_BUNDLE).resolve("model/segsense.genmodel");
        if (!Files.isRegularFile(genModelFile)) {
            throw new IllegalArgumentException("No genmodel at " + genModelFile + "; pass the repository root.");
        }

        ResourceSet resourceSet = newResourceSet();
        Resource genModelResource = resourceSet.getResource(URI.createFileURI(genModelFile.toString()), true);
        GenModel genModel = (GenModel) genModelResource.getContents().get(0);
        reload(genModel, genModelResource, genModelFile);

        Path scratch = Files.createTempDirectory("segsense-codegen");
        try {
            for (String bundle : List.of(MODEL_BUNDLE, EDIT_BUNDLE)) {
                Path project = mapProject(resourceSet, bundle, scratch);
                // The generator takes Bundle-Name and Bundle-Vendor from the existing manifest and properties.
                copyIfPresent(bundles.resolve(bundle).resolve("META-INF/MANIFEST.MF"), project.resolve("META-INF/MANIFEST.MF"));
                copyIfPresent(bundles.resolve(bundle).resolve("plugin.properties"), project.resolve("plugin.properties"));
            }
            generate(genModel, resourceSet);

            // Manifests and build.properties stay hand-written (pomless Tycho headers); everything else below is generator output.
            Path model = scratch.resolve(MODEL_BUNDLE);
            Path edit = scratch.resolve(EDIT_BUNDLE);
            replaceTree(model.resolve("src-gen"), bundles.resolve(MODEL_BUNDLE).resolve("src-gen"));
            copy(model.resolve("plugin.xml"), bundles.resolve(MODEL_BUNDLE).resolve("plugin.xml"));
            copy(model.resolve("plugin.properties"), bundles.resolve(MODEL_BUNDLE).resolve("plugin.properties"));
            replaceTree(edit.resolve("src-gen"), bundles.resolve(EDIT_BUNDLE).resolve("src-gen"));
            replaceTree(edit.resolve("icons"), bundles.resolve(EDIT_BUNDLE).resolve("icons"));
            copy(edit.resolve("plugin.xml"), bundles.resolve(EDIT_BUNDLE).resolve("plugin.xml"));
            // Item providers read their labels from the edit bundle's plugin.properties.
            copy(edit.resolve("plugin.properties"), bundles.resolve(EDIT_BUNDLE).resolve("plugin.properties"));
        } finally {
            deleteTree(scratch);
        }
        System.out.println("Regenerated " + MODEL_BUNDLE + " and " + EDIT_BUNDLE + " from " + root.relativize(genModelFile));
    }

    private static ResourceSet newResourceSet() {
        ResourceSet resourceSet = new ResourceSetImpl();
        resourceSet.getPackageRegistry().put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
        resourceSet.getPackageRegistry().put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
        Map<String, Object> factories = resourceSet.getResourceFactoryRegistry().getExtensionToFactoryMap();
        factories.put("ecore", new EcoreResourceFactoryImpl());
        factories.put("genmodel", new XMIResourceFactoryImpl());
        return resourceSet;
    }

    /** Brings the genmodel in line with the ecore: drops elements that vanished, adds new ones with defaults. */
    private static void reload(GenModel genModel, Resource genModelResource, Path genModelFile) throws IOException {
        EcoreUtil.resolveAll(genModel);
        genModel.reconcile();
        List<EPackage> ePackages = genModel.getGenPackages().stream().map(p -> p.getEcorePackage()).toList();
        genModel.initialize(ePackages);

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        genModelResource.save(bytes, Map.of(Resource.OPTION_LINE_DELIMITER, "\n"));
        byte[] reloaded = bytes.toByteArray();
        if (!java.util.Arrays.equals(reloaded, Files.readAllBytes(genModelFile))) {
            Files.write(genModelFile, reloaded);
            System.out.println("Reloaded " + genModelFile.getFileName() + " from the ecore.");
        }
    }

    /** Points the genmodel's workspace path {@code /project} at a folder of the scratch directory and returns that folder. */
    private static Path mapProject(ResourceSet resourceSet, String project, Path scratch) throws IOException {
        Path folder = Files.createDirectories(scratch.resolve(project));
        resourceSet.getURIConverter().getURIMap().put(
                URI.createPlatformResourceURI("/" + project + "/", false),
                URI.createFileURI(folder.toString() + "/"));
        return folder;
    }

    private static void copyIfPresent(Path source, Path target) throws IOException {
        if (Files.isRegularFile(source)) {
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void copy(Path source, Path target) throws IOException {
        if (!Files.isRegularFile(source)) {
            throw new IllegalStateException("The generator produced no " + source);
        }
        Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void generate(GenModel genModel, ResourceSet resourceSet) {
        genModel.setCanGenerate(true);
        Generator generator = new Generator();
        generator.getAdapterFactoryDescriptorRegistry().addDescriptor(GenModelPackage.eNS_URI, GenModelGeneratorAdapterFactory.DESCRIPTOR);
        generator.getOptions().resourceSet = resourceSet;
        generator.setInput(genModel);
        for (String projectType : List.of(GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE)) {
            Diagnostic result = generator.generate(genModel, projectType, new BasicMonitor.Printing(System.err));
            if (result.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("Code generation failed (" + projectType + "): " + result);
            }
        }
    }

    private static void replaceTree(Path source, Path target) throws IOException {
        if (!Files.isDirectory(source)) {
            throw new IllegalStateException("The generator produced no " + source);
        }
        deleteTree(target);
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path copy = target.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
    }

    private static void deleteTree(Path tree) throws IOException {
        if (!Files.exists(tree)) {
            return;
        }
        try (Stream<Path> files = Files.walk(tree)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
