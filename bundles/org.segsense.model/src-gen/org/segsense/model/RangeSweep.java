/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Range Sweep</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Evenly spaced values from start to stop, both included, linearly or logarithmically.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.RangeSweep#getStart <em>Start</em>}</li>
 *   <li>{@link org.segsense.model.RangeSweep#getStop <em>Stop</em>}</li>
 *   <li>{@link org.segsense.model.RangeSweep#getSteps <em>Steps</em>}</li>
 *   <li>{@link org.segsense.model.RangeSweep#getSpacing <em>Spacing</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getRangeSweep()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='enoughSteps logNeedsPositiveBounds'"
 * @generated
 */
public interface RangeSweep extends Sweep {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * First value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(double)
	 * @see org.segsense.model.SegsensePackage#getRangeSweep_Start()
	 * @model
	 * @generated
	 */
	double getStart();

	/**
	 * Sets the value of the '{@link org.segsense.model.RangeSweep#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(double value);

	/**
	 * Returns the value of the '<em><b>Stop</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Last value.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Stop</em>' attribute.
	 * @see #setStop(double)
	 * @see org.segsense.model.SegsensePackage#getRangeSweep_Stop()
	 * @model
	 * @generated
	 */
	double getStop();

	/**
	 * Sets the value of the '{@link org.segsense.model.RangeSweep#getStop <em>Stop</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stop</em>' attribute.
	 * @see #getStop()
	 * @generated
	 */
	void setStop(double value);

	/**
	 * Returns the value of the '<em><b>Steps</b></em>' attribute.
	 * The default value is <code>"5"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Number of values; 1 only when start equals stop.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' attribute.
	 * @see #setSteps(int)
	 * @see org.segsense.model.SegsensePackage#getRangeSweep_Steps()
	 * @model default="5"
	 * @generated
	 */
	int getSteps();

	/**
	 * Sets the value of the '{@link org.segsense.model.RangeSweep#getSteps <em>Steps</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Steps</em>' attribute.
	 * @see #getSteps()
	 * @generated
	 */
	void setSteps(int value);

	/**
	 * Returns the value of the '<em><b>Spacing</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segsense.model.SweepSpacing}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Linear or logarithmic spacing.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Spacing</em>' attribute.
	 * @see org.segsense.model.SweepSpacing
	 * @see #setSpacing(SweepSpacing)
	 * @see org.segsense.model.SegsensePackage#getRangeSweep_Spacing()
	 * @model
	 * @generated
	 */
	SweepSpacing getSpacing();

	/**
	 * Sets the value of the '{@link org.segsense.model.RangeSweep#getSpacing <em>Spacing</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Spacing</em>' attribute.
	 * @see org.segsense.model.SweepSpacing
	 * @see #getSpacing()
	 * @generated
	 */
	void setSpacing(SweepSpacing value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * There are at least two steps, or one when start equals stop.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean enoughSteps(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Logarithmic spacing has positive start and stop.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean logNeedsPositiveBounds(DiagnosticChain diagnostics, Map<Object, Object> context);

} // RangeSweep
