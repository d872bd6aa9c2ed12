/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Multi Label Staple Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Multi-label STAPLE (Rohlfing et al. 2004), as ITK's MultiLabelSTAPLEImageFilter.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.MultiLabelStapleReference#getUndecidedLabel <em>Undecided Label</em>}</li>
 *   <li>{@link org.segsense.model.MultiLabelStapleReference#getTerminationThreshold <em>Termination Threshold</em>}</li>
 *   <li>{@link org.segsense.model.MultiLabelStapleReference#getMaxIterations <em>Max Iterations</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getMultiLabelStapleReference()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validParameters'"
 * @generated
 */
public interface MultiLabelStapleReference extends ConsensusReference {
	/**
	 * Returns the value of the '<em><b>Undecided Label</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Label for undecided voxels; ITK's default (largest label + 1) when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Undecided Label</em>' attribute.
	 * @see #isSetUndecidedLabel()
	 * @see #unsetUndecidedLabel()
	 * @see #setUndecidedLabel(int)
	 * @see org.segsense.model.SegsensePackage#getMultiLabelStapleReference_UndecidedLabel()
	 * @model unsettable="true"
	 * @generated
	 */
	int getUndecidedLabel();

	/**
	 * Sets the value of the '{@link org.segsense.model.MultiLabelStapleReference#getUndecidedLabel <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Undecided Label</em>' attribute.
	 * @see #isSetUndecidedLabel()
	 * @see #unsetUndecidedLabel()
	 * @see #getUndecidedLabel()
	 * @generated
	 */
	void setUndecidedLabel(int value);

	/**
	 * Unsets the value of the '{@link org.segsense.model.MultiLabelStapleReference#getUndecidedLabel <em>Undecided Label</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetUndecidedLabel()
	 * @see #getUndecidedLabel()
	 * @see #setUndecidedLabel(int)
	 * @generated
	 */
	void unsetUndecidedLabel();

	/**
	 * Returns whether the value of the '{@link org.segsense.model.MultiLabelStapleReference#getUndecidedLabel <em>Undecided Label</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Undecided Label</em>' attribute is set.
	 * @see #unsetUndecidedLabel()
	 * @see #getUndecidedLabel()
	 * @see #setUndecidedLabel(int)
	 * @generated
	 */
	boolean isSetUndecidedLabel();

	/**
	 * Returns the value of the '<em><b>Termination Threshold</b></em>' attribute.
	 * The default value is <code>"1.0E-5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Stop when the largest change of a confusion-matrix entry is below this.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Termination Threshold</em>' attribute.
	 * @see #setTerminationThreshold(double)
	 * @see org.segsense.model.SegsensePackage#getMultiLabelStapleReference_TerminationThreshold()
	 * @model default="1.0E-5"
	 * @generated
	 */
	double getTerminationThreshold();

	/**
	 * Sets the value of the '{@link org.segsense.model.MultiLabelStapleReference#getTerminationThreshold <em>Termination Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Termination Threshold</em>' attribute.
	 * @see #getTerminationThreshold()
	 * @generated
	 */
	void setTerminationThreshold(double value);

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
	 * @see org.segsense.model.SegsensePackage#getMultiLabelStapleReference_MaxIterations()
	 * @model default="0"
	 * @generated
	 */
	int getMaxIterations();

	/**
	 * Sets the value of the '{@link org.segsense.model.MultiLabelStapleReference#getMaxIterations <em>Max Iterations</em>}' attribute.
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
	 * Termination threshold is positive, iteration limit and undecided label not negative.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validParameters(DiagnosticChain diagnostics, Map<Object, Object> context);

} // MultiLabelStapleReference
