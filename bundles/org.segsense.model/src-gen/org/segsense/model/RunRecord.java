/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Run Record</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Provenance of one run of the study: when, how it ended, with which seed and environment, and where its results are.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.RunRecord#getStart <em>Start</em>}</li>
 *   <li>{@link org.segsense.model.RunRecord#getEnd <em>End</em>}</li>
 *   <li>{@link org.segsense.model.RunRecord#getStatus <em>Status</em>}</li>
 *   <li>{@link org.segsense.model.RunRecord#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.segsense.model.RunRecord#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.segsense.model.RunRecord#getResultsLocation <em>Results Location</em>}</li>
 *   <li>{@link org.segsense.model.RunRecord#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getRunRecord()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='endNotBeforeStart'"
 * @generated
 */
public interface RunRecord extends Identified {
	/**
	 * Returns the value of the '<em><b>Start</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Start time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Start</em>' attribute.
	 * @see #setStart(Date)
	 * @see org.segsense.model.SegsensePackage#getRunRecord_Start()
	 * @model
	 * @generated
	 */
	Date getStart();

	/**
	 * Sets the value of the '{@link org.segsense.model.RunRecord#getStart <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start</em>' attribute.
	 * @see #getStart()
	 * @generated
	 */
	void setStart(Date value);

	/**
	 * Returns the value of the '<em><b>End</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * End time; unset while running.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>End</em>' attribute.
	 * @see #setEnd(Date)
	 * @see org.segsense.model.SegsensePackage#getRunRecord_End()
	 * @model
	 * @generated
	 */
	Date getEnd();

	/**
	 * Sets the value of the '{@link org.segsense.model.RunRecord#getEnd <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End</em>' attribute.
	 * @see #getEnd()
	 * @generated
	 */
	void setEnd(Date value);

	/**
	 * Returns the value of the '<em><b>Status</b></em>' attribute.
	 * The literals are from the enumeration {@link org.segsense.model.RunStatus}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Outcome.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Status</em>' attribute.
	 * @see org.segsense.model.RunStatus
	 * @see #setStatus(RunStatus)
	 * @see org.segsense.model.SegsensePackage#getRunRecord_Status()
	 * @model
	 * @generated
	 */
	RunStatus getStatus();

	/**
	 * Sets the value of the '{@link org.segsense.model.RunRecord#getStatus <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Status</em>' attribute.
	 * @see org.segsense.model.RunStatus
	 * @see #getStatus()
	 * @generated
	 */
	void setStatus(RunStatus value);

	/**
	 * Returns the value of the '<em><b>Seed</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The study seed the run used.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Seed</em>' attribute.
	 * @see #setSeed(long)
	 * @see org.segsense.model.SegsensePackage#getRunRecord_Seed()
	 * @model
	 * @generated
	 */
	long getSeed();

	/**
	 * Sets the value of the '{@link org.segsense.model.RunRecord#getSeed <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Seed</em>' attribute.
	 * @see #getSeed()
	 * @generated
	 */
	void setSeed(long value);

	/**
	 * Returns the value of the '<em><b>Environment</b></em>' map.
	 * The key is of type {@link java.lang.String},
	 * and the value is of type {@link java.lang.String},
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Environment facts: SegSense and Java versions, operating system, device, library versions.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Environment</em>' map.
	 * @see org.segsense.model.SegsensePackage#getRunRecord_Environment()
	 * @model mapType="org.segsense.model.EnvironmentEntry&lt;org.eclipse.emf.ecore.EString, org.eclipse.emf.ecore.EString&gt;"
	 * @generated
	 */
	EMap<String, String> getEnvironment();

	/**
	 * Returns the value of the '<em><b>Results Location</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Folder of the run's results, relative to the project directory.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Results Location</em>' attribute.
	 * @see #setResultsLocation(String)
	 * @see org.segsense.model.SegsensePackage#getRunRecord_ResultsLocation()
	 * @model
	 * @generated
	 */
	String getResultsLocation();

	/**
	 * Sets the value of the '{@link org.segsense.model.RunRecord#getResultsLocation <em>Results Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Results Location</em>' attribute.
	 * @see #getResultsLocation()
	 * @generated
	 */
	void setResultsLocation(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Why the run failed or was cancelled.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.segsense.model.SegsensePackage#getRunRecord_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.segsense.model.RunRecord#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The end time is not before the start time.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean endNotBeforeStart(DiagnosticChain diagnostics, Map<Object, Object> context);

} // RunRecord
