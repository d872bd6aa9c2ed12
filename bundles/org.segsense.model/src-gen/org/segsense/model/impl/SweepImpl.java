/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.segsense.model.SegsensePackage;
import org.segsense.model.Sweep;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public abstract class SweepImpl extends MinimalEObjectImpl.Container implements Sweep {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected SweepImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.SWEEP;
	}

} //SweepImpl
