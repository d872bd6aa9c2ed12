/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.MinimalEObjectImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.segsense.model.Design;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.SegsensePackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Design</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.DesignImpl#getAxes <em>Axes</em>}</li>
 * </ul>
 *
 * @generated
 */
public abstract class DesignImpl extends MinimalEObjectImpl.Container implements Design {
	/**
	 * The cached value of the '{@link #getAxes() <em>Axes</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getAxes()
	 * @generated
	 * @ordered
	 */
	protected EList<PerturbationAxis> axes;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected DesignImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.DESIGN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<PerturbationAxis> getAxes() {
		if (axes == null) {
			axes = new EObjectResolvingEList<PerturbationAxis>(PerturbationAxis.class, this, SegsensePackage.DESIGN__AXES);
		}
		return axes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.DESIGN__AXES:
				return getAxes();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegsensePackage.DESIGN__AXES:
				getAxes().clear();
				getAxes().addAll((Collection<? extends PerturbationAxis>)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case SegsensePackage.DESIGN__AXES:
				getAxes().clear();
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case SegsensePackage.DESIGN__AXES:
				return axes != null && !axes.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //DesignImpl
