/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segsense.model.ReferenceStrategy;
import org.segsense.model.SegsensePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Reference Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class ReferenceStrategyImpl extends MinimalEObjectImpl.Container implements ReferenceStrategy {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ReferenceStrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.REFERENCE_STRATEGY;
	}

} //ReferenceStrategyImpl
