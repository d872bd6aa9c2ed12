/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Binary Staple Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Binary STAPLE (Warfield et al. 2004) per label, as ITK's STAPLEImageFilter; the reference is the label whose probability is highest.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.BinaryStapleReference#getConfidenceWeight <em>Confidence Weight</em>}</li>
 *   <li>{@link org.segsense.model.BinaryStapleReference#getForegroundValue <em>Foreground Value</em>}</li>
 *   <li>{@link org.segsense.model.BinaryStapleReference#getMaxIterations <em>Max Iterations</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getBinaryStapleReference()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface BinaryStapleReference extends ConsensusReference {
	/**
	 * Returns the value of the '<em><b>Confidence Weight</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Weight of the prior (ITK ConfidenceWeight).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Confidence Weight</em>' attribute.
	 * @see #setConfidenceWeight(double)
	 * @see org.segsense.model.SegsensePackage#getBinaryStapleReference_ConfidenceWeight()
	 * @model default="1.0"
	 * @generated
	 */
	double getConfidenceWeight();

	/**
	 * Sets the value of the '{@link org.segsense.model.BinaryStapleReference#getConfidenceWeight <em>Confidence Weight</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Confidence Weight</em>' attribute.
	 * @see #getConfidenceWeight()
	 * @generated
	 */
	void setConfidenceWeight(double value);

	/**
	 * Returns the value of the '<em><b>Foreground Value</b></em>' attribute.
	 * The default value is <code>"1.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Foreground value when the raters are binary masks (ITK ForegroundValue).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Foreground Value</em>' attribute.
	 * @see #setForegroundValue(double)
	 * @see org.segsense.model.SegsensePackage#getBinaryStapleReference_ForegroundValue()
	 * @model default="1.0"
	 * @generated
	 */
	double getForegroundValue();

	/**
	 * Sets the value of the '{@link org.segsense.model.BinaryStapleReference#getForegroundValue <em>Foreground Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Foreground Value</em>' attribute.
	 * @see #getForegroundValue()
	 * @generated
	 */
	void setForegroundValue(double value);

	/**
	 * Returns the value of the '<em><b>Max Iterations</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Iteration limit; 0 runs until convergence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Iterations</em>' attribute.
	 * @see #setMaxIterations(int)
	 * @see org.segsense.model.SegsensePackage#getBinaryStapleReference_MaxIterations()
	 * @model default="0"
	 * @generated
	 */
	int getMaxIterations();

	/**
	 * Sets the value of the '{@link org.segsense.model.BinaryStapleReference#getMaxIterations <em>Max Iterations</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Iterations</em>' attribute.
	 * @see #getMaxIterations()
	 * @generated
	 */
	void setMaxIterations(int value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Confidence weight is positive and the iteration limit not negative.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validParameters(DiagnosticChain diagnostics, Map<Object, Object> context);

} // BinaryStapleReference
