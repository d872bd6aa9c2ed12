/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.segsense.model.GroundTruthReference;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.ReferenceConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Ground Truth Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * @generated
 */
public class GroundTruthReferenceImpl extends ReferenceStrategyImpl implements GroundTruthReference {
	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected GroundTruthReferenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.GROUND_TRUTH_REFERENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean casesHaveLabels(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return ReferenceConstraints.casesHaveLabels(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	@SuppressWarnings("unchecked")
	public Object eInvoke(int operationID, EList<?> arguments) throws InvocationTargetException {
		switch (operationID) {
			case SegsensePackage.GROUND_TRUTH_REFERENCE___CASES_HAVE_LABELS__DIAGNOSTICCHAIN_MAP:
				return casesHaveLabels((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

} //GroundTruthReferenceImpl
