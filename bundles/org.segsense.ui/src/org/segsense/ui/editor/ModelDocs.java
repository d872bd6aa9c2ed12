// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Objects;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.ENamedElement;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.segsense.model.SegsensePackage;

/**
 * The documentation the study model declares for its classes, attributes and enum literals (the GenModel
 * {@code documentation} annotations of {@code model/segsense.ecore}): the generated package leaves them
 * out at run time, so they are read once from the model bundle's ecore file, the one source the field
 * tooltips share with the Javadoc. Elements of other packages use their own annotations.
 */
final class ModelDocs {

	private static volatile EPackage annotated;

	private ModelDocs() {
	}

	/** @return the element's documentation, or "" */
	static String of(ENamedElement element) {
		String own = EcoreUtil.getDocumentation(element);
		if (own != null) {
			return own;
		}
		ENamedElement twin = twin(element);
		return twin == null ? "" : Objects.toString(EcoreUtil.getDocumentation(twin), "");
	}

	private static ENamedElement twin(ENamedElement e) {
		EPackage p = annotated();
		if (p == null) {
			return null;
		}
		if (e instanceof EClassifier c) {
			return c.getEPackage() == SegsensePackage.eINSTANCE ? p.getEClassifier(c.getName()) : null;
		}
		if (e instanceof EStructuralFeature f && twin(f.getEContainingClass()) instanceof EClass c) {
			return c.getEStructuralFeature(f.getName());
		}
		if (e instanceof EEnumLiteral l && twin(l.getEEnum()) instanceof EEnum en) {
			return en.getEEnumLiteral(l.getName());
		}
		return null;
	}

	private static EPackage annotated() {
		EPackage p = annotated;
		if (p == null) {
			Bundle bundle = FrameworkUtil.getBundle(SegsensePackage.class);
			URL url = bundle == null ? null : bundle.getEntry("model/segsense.ecore");
			if (url == null) {
				return null;
			}
			XMIResourceImpl resource = new XMIResourceImpl(URI.createURI("segsense.ecore"));
			try (InputStream in = url.openStream()) {
				resource.load(in, null);
			} catch (IOException | RuntimeException e) {
				return null; // tooltips without the model's documentation
			}
			annotated = p = resource.getContents().isEmpty() ? null : (EPackage) resource.getContents().get(0);
		}
		return p;
	}
}
