/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Evaluation Space</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Where a spatially perturbed prediction is compared with the reference.
 * <!-- end-model-doc -->
 * @see org.segsense.model.SegsensePackage#getEvaluationSpace()
 * @model
 * @generated
 */
public enum EvaluationSpace implements Enumerator {
	/**
	 * The '<em><b>TRANSFORM REFERENCE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference is transformed like the input (nearest neighbour for labels).
	 * <!-- end-model-doc -->
	 * @see #TRANSFORM_REFERENCE_VALUE
	 * @generated
	 * @ordered
	 */
	TRANSFORM_REFERENCE(0, "TRANSFORM_REFERENCE", "transformReference"),

	/**
	 * The '<em><b>MAP PREDICTION BACK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prediction is mapped back to the original grid with the inverse transform.
	 * <!-- end-model-doc -->
	 * @see #MAP_PREDICTION_BACK_VALUE
	 * @generated
	 * @ordered
	 */
	MAP_PREDICTION_BACK(1, "MAP_PREDICTION_BACK", "mapPredictionBack");

	/**
	 * The '<em><b>TRANSFORM REFERENCE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The reference is transformed like the input (nearest neighbour for labels).
	 * <!-- end-model-doc -->
	 * @see #TRANSFORM_REFERENCE
	 * @model literal="transformReference"
	 * @generated
	 * @ordered
	 */
	public static final int TRANSFORM_REFERENCE_VALUE = 0;

	/**
	 * The '<em><b>MAP PREDICTION BACK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The prediction is mapped back to the original grid with the inverse transform.
	 * <!-- end-model-doc -->
	 * @see #MAP_PREDICTION_BACK
	 * @model literal="mapPredictionBack"
	 * @generated
	 * @ordered
	 */
	public static final int MAP_PREDICTION_BACK_VALUE = 1;

	/**
	 * An array of all the '<em><b>Evaluation Space</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final EvaluationSpace[] VALUES_ARRAY =
		new EvaluationSpace[] {
			TRANSFORM_REFERENCE,
			MAP_PREDICTION_BACK,
		};

	/**
	 * A public read-only list of all the '<em><b>Evaluation Space</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<EvaluationSpace> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Evaluation Space</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationSpace get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvaluationSpace result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evaluation Space</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationSpace getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			EvaluationSpace result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Evaluation Space</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static EvaluationSpace get(int value) {
		switch (value) {
			case TRANSFORM_REFERENCE_VALUE: return TRANSFORM_REFERENCE;
			case MAP_PREDICTION_BACK_VALUE: return MAP_PREDICTION_BACK;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private EvaluationSpace(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //EvaluationSpace
