/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.segsense.model.OneAtATimeDesign;
import org.segsense.model.SegsensePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>One At ATime Design</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class OneAtATimeDesignImpl extends DesignImpl implements OneAtATimeDesign {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OneAtATimeDesignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.ONE_AT_ATIME_DESIGN;
	}

} //OneAtATimeDesignImpl
