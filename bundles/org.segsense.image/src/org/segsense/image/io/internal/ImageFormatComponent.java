// SPDX-License-Identifier: EPL-2.0
package org.segsense.image.io.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.segsense.image.io.ImageFormatService;
import org.segsense.image.io.ImageReader;
import org.segsense.image.io.ImageWriter;
import org.segsense.image.registry.LiveExtensionComponent;

/** The {@link ImageFormatService}: contributions to {@value ExtensionFormats#EXTENSION_POINT}, then the built-ins. */
@Component(service = ImageFormatService.class, immediate = true)
public final class ImageFormatComponent extends LiveExtensionComponent<ImageFormatComponent.Formats> implements ImageFormatService {

	record Formats(List<ImageReader> readers, List<ImageWriter> writers) {
	}

	/** @param registry the extension registry (a service of org.eclipse.equinox.registry) */
	@Activate
	public ImageFormatComponent(@Reference IExtensionRegistry registry) {
		super(registry, ExtensionFormats.EXTENSION_POINT, ImageFormatComponent::read);
	}

	@Deactivate
	void deactivate() {
		close();
	}

	@Override
	public List<ImageReader> readers() {
		return current().readers();
	}

	@Override
	public List<ImageWriter> writers() {
		return current().writers();
	}

	private static Formats read(IExtensionRegistry registry) {
		List<ImageReader> readers = new ArrayList<>(RegistryAccess.contributions(registry, ExtensionFormats.EXTENSION_POINT, "reader",
				ImageReader.class));
		readers.addAll(ExtensionFormats.builtIns());
		List<ImageWriter> writers = new ArrayList<>(RegistryAccess.contributions(registry, ExtensionFormats.EXTENSION_POINT, "writer",
				ImageWriter.class));
		writers.addAll(ExtensionFormats.builtIns());
		return new Formats(List.copyOf(readers), List.copyOf(writers));
	}
}
