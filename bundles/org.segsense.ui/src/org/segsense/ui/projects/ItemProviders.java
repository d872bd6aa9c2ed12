// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.projects;

import java.net.URL;

import org.eclipse.emf.edit.provider.ComposedImage;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.segsense.model.provider.SegsenseEditPlugin;
import org.segsense.model.provider.SegsenseItemProviderAdapterFactory;

/** The {@code org.segsense.model.edit} item providers' labels and icons as SWT images (the edit plug-in gives URLs). */
final class ItemProviders {

	/** The model's item providers (one factory for the workbench; they only read). */
	static final SegsenseItemProviderAdapterFactory FACTORY = new SegsenseItemProviderAdapterFactory();

	private ItemProviders() {
	}

	/** @return the item provider's text for a model object, or null when it has none */
	static String text(Object object) {
		return FACTORY.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider p ? p.getText(object) : null;
	}

	/** @return the item provider's icon for a model object, or null */
	static Image image(Object object, ResourceManager resources) {
		return FACTORY.adapt(object, IItemLabelProvider.class) instanceof IItemLabelProvider p ? toImage(p.getImage(object), resources) : null;
	}

	/** @return an icon of the edit plug-in by its name, e.g. {@code Study} ({@code icons/full/obj16/Study.gif}) */
	static Image icon(String name, ResourceManager resources) {
		return toImage(SegsenseEditPlugin.INSTANCE.getImage("full/obj16/" + name), resources);
	}

	private static Image toImage(Object image, ResourceManager resources) {
		if (image instanceof ComposedImage c && !c.getImages().isEmpty()) {
			image = c.getImages().get(0);
		}
		return image instanceof URL url ? resources.create(ImageDescriptor.createFromURL(url)) : null;
	}
}
