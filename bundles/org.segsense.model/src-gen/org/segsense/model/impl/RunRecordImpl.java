/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.impl;

import java.lang.reflect.InvocationTargetException;

import java.util.Date;
import java.util.Map;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;
import org.eclipse.emf.common.util.EMap;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EcoreEMap;
import org.eclipse.emf.ecore.util.InternalEList;

import org.segsense.model.RunRecord;
import org.segsense.model.RunStatus;
import org.segsense.model.SegsensePackage;

import org.segsense.model.validation.StudyConstraints;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Run Record</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getStart <em>Start</em>}</li>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getEnd <em>End</em>}</li>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getStatus <em>Status</em>}</li>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getSeed <em>Seed</em>}</li>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getEnvironment <em>Environment</em>}</li>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getResultsLocation <em>Results Location</em>}</li>
 *   <li>{@link org.segsense.model.impl.RunRecordImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RunRecordImpl extends IdentifiedImpl implements RunRecord {
	/**
	 * The default value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected static final Date START_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getStart() <em>Start</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStart()
	 * @generated
	 * @ordered
	 */
	protected Date start = START_EDEFAULT;

	/**
	 * The default value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected static final Date END_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getEnd() <em>End</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnd()
	 * @generated
	 * @ordered
	 */
	protected Date end = END_EDEFAULT;

	/**
	 * The default value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected static final RunStatus STATUS_EDEFAULT = RunStatus.PENDING;

	/**
	 * The cached value of the '{@link #getStatus() <em>Status</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStatus()
	 * @generated
	 * @ordered
	 */
	protected RunStatus status = STATUS_EDEFAULT;

	/**
	 * The default value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected static final long SEED_EDEFAULT = 0L;

	/**
	 * The cached value of the '{@link #getSeed() <em>Seed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSeed()
	 * @generated
	 * @ordered
	 */
	protected long seed = SEED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getEnvironment() <em>Environment</em>}' map.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getEnvironment()
	 * @generated
	 * @ordered
	 */
	protected EMap<String, String> environment;

	/**
	 * The default value of the '{@link #getResultsLocation() <em>Results Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultsLocation()
	 * @generated
	 * @ordered
	 */
	protected static final String RESULTS_LOCATION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getResultsLocation() <em>Results Location</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getResultsLocation()
	 * @generated
	 * @ordered
	 */
	protected String resultsLocation = RESULTS_LOCATION_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RunRecordImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return SegsensePackage.Literals.RUN_RECORD;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getStart() {
		return start;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStart(Date newStart) {
		Date oldStart = start;
		start = newStart;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.RUN_RECORD__START, oldStart, start));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Date getEnd() {
		return end;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnd(Date newEnd) {
		Date oldEnd = end;
		end = newEnd;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.RUN_RECORD__END, oldEnd, end));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public RunStatus getStatus() {
		return status;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setStatus(RunStatus newStatus) {
		RunStatus oldStatus = status;
		status = newStatus == null ? STATUS_EDEFAULT : newStatus;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.RUN_RECORD__STATUS, oldStatus, status));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public long getSeed() {
		return seed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setSeed(long newSeed) {
		long oldSeed = seed;
		seed = newSeed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.RUN_RECORD__SEED, oldSeed, seed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EMap<String, String> getEnvironment() {
		if (environment == null) {
			environment = new EcoreEMap<String,String>(SegsensePackage.Literals.ENVIRONMENT_ENTRY, EnvironmentEntryImpl.class, this, SegsensePackage.RUN_RECORD__ENVIRONMENT);
		}
		return environment;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getResultsLocation() {
		return resultsLocation;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setResultsLocation(String newResultsLocation) {
		String oldResultsLocation = resultsLocation;
		resultsLocation = newResultsLocation;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.RUN_RECORD__RESULTS_LOCATION, oldResultsLocation, resultsLocation));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, SegsensePackage.RUN_RECORD__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean endNotBeforeStart(final DiagnosticChain diagnostics, final Map<Object, Object> context) {
		return StudyConstraints.endNotBeforeStart(this, diagnostics, context);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case SegsensePackage.RUN_RECORD__ENVIRONMENT:
				return ((InternalEList<?>)getEnvironment()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case SegsensePackage.RUN_RECORD__START:
				return getStart();
			case SegsensePackage.RUN_RECORD__END:
				return getEnd();
			case SegsensePackage.RUN_RECORD__STATUS:
				return getStatus();
			case SegsensePackage.RUN_RECORD__SEED:
				return getSeed();
			case SegsensePackage.RUN_RECORD__ENVIRONMENT:
				if (coreType) return getEnvironment();
				else return getEnvironment().map();
			case SegsensePackage.RUN_RECORD__RESULTS_LOCATION:
				return getResultsLocation();
			case SegsensePackage.RUN_RECORD__MESSAGE:
				return getMessage();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case SegsensePackage.RUN_RECORD__START:
				setStart((Date)newValue);
				return;
			case SegsensePackage.RUN_RECORD__END:
				setEnd((Date)newValue);
				return;
			case SegsensePackage.RUN_RECORD__STATUS:
				setStatus((RunStatus)newValue);
				return;
			case SegsensePackage.RUN_RECORD__SEED:
				setSeed((Long)newValue);
				return;
			case SegsensePackage.RUN_RECORD__ENVIRONMENT:
				((EStructuralFeature.Setting)getEnvironment()).set(newValue);
				return;
			case SegsensePackage.RUN_RECORD__RESULTS_LOCATION:
				setResultsLocation((String)newValue);
				return;
			case SegsensePackage.RUN_RECORD__MESSAGE:
				setMessage((String)newValue);
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
			case SegsensePackage.RUN_RECORD__START:
				setStart(START_EDEFAULT);
				return;
			case SegsensePackage.RUN_RECORD__END:
				setEnd(END_EDEFAULT);
				return;
			case SegsensePackage.RUN_RECORD__STATUS:
				setStatus(STATUS_EDEFAULT);
				return;
			case SegsensePackage.RUN_RECORD__SEED:
				setSeed(SEED_EDEFAULT);
				return;
			case SegsensePackage.RUN_RECORD__ENVIRONMENT:
				getEnvironment().clear();
				return;
			case SegsensePackage.RUN_RECORD__RESULTS_LOCATION:
				setResultsLocation(RESULTS_LOCATION_EDEFAULT);
				return;
			case SegsensePackage.RUN_RECORD__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
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
			case SegsensePackage.RUN_RECORD__START:
				return START_EDEFAULT == null ? start != null : !START_EDEFAULT.equals(start);
			case SegsensePackage.RUN_RECORD__END:
				return END_EDEFAULT == null ? end != null : !END_EDEFAULT.equals(end);
			case SegsensePackage.RUN_RECORD__STATUS:
				return status != STATUS_EDEFAULT;
			case SegsensePackage.RUN_RECORD__SEED:
				return seed != SEED_EDEFAULT;
			case SegsensePackage.RUN_RECORD__ENVIRONMENT:
				return environment != null && !environment.isEmpty();
			case SegsensePackage.RUN_RECORD__RESULTS_LOCATION:
				return RESULTS_LOCATION_EDEFAULT == null ? resultsLocation != null : !RESULTS_LOCATION_EDEFAULT.equals(resultsLocation);
			case SegsensePackage.RUN_RECORD__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
		}
		return super.eIsSet(featureID);
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
			case SegsensePackage.RUN_RECORD___END_NOT_BEFORE_START__DIAGNOSTICCHAIN_MAP:
				return endNotBeforeStart((DiagnosticChain)arguments.get(0), (Map<Object, Object>)arguments.get(1));
		}
		return super.eInvoke(operationID, arguments);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (start: ");
		result.append(start);
		result.append(", end: ");
		result.append(end);
		result.append(", status: ");
		result.append(status);
		result.append(", seed: ");
		result.append(seed);
		result.append(", resultsLocation: ");
		result.append(resultsLocation);
		result.append(", message: ");
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //RunRecordImpl
