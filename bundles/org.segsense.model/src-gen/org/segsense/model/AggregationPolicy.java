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
 * A representation of the literals of the enumeration '<em><b>Aggregation Policy</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * What a report does with a surface distance that is undefined because exactly one of prediction and reference is empty.
 * <!-- end-model-doc -->
 * @see org.segsense.model.SegsensePackage#getAggregationPolicy()
 * @model
 * @generated
 */
public enum AggregationPolicy implements Enumerator {
	/**
	 * The '<em><b>EXCLUDE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave it out of means and tests (counted as missed). A variant that misses more structures can then look better.
	 * <!-- end-model-doc -->
	 * @see #EXCLUDE_VALUE
	 * @generated
	 * @ordered
	 */
	EXCLUDE(0, "EXCLUDE", "exclude"),

	/**
	 * The '<em><b>WORST CASE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substitute the study's worstValue (default: the evaluation grid's diagonal in mm), as Metrics Reloaded recommends, so a miss counts as the worst possible result.
	 * <!-- end-model-doc -->
	 * @see #WORST_CASE_VALUE
	 * @generated
	 * @ordered
	 */
	WORST_CASE(1, "WORST_CASE", "worstCase");

	/**
	 * The '<em><b>EXCLUDE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Leave it out of means and tests (counted as missed). A variant that misses more structures can then look better.
	 * <!-- end-model-doc -->
	 * @see #EXCLUDE
	 * @model literal="exclude"
	 * @generated
	 * @ordered
	 */
	public static final int EXCLUDE_VALUE = 0;

	/**
	 * The '<em><b>WORST CASE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Substitute the study's worstValue (default: the evaluation grid's diagonal in mm), as Metrics Reloaded recommends, so a miss counts as the worst possible result.
	 * <!-- end-model-doc -->
	 * @see #WORST_CASE
	 * @model literal="worstCase"
	 * @generated
	 * @ordered
	 */
	public static final int WORST_CASE_VALUE = 1;

	/**
	 * An array of all the '<em><b>Aggregation Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final AggregationPolicy[] VALUES_ARRAY =
		new AggregationPolicy[] {
			EXCLUDE,
			WORST_CASE,
		};

	/**
	 * A public read-only list of all the '<em><b>Aggregation Policy</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<AggregationPolicy> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Aggregation Policy</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AggregationPolicy get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AggregationPolicy result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Aggregation Policy</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AggregationPolicy getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			AggregationPolicy result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Aggregation Policy</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static AggregationPolicy get(int value) {
		switch (value) {
			case EXCLUDE_VALUE: return EXCLUDE;
			case WORST_CASE_VALUE: return WORST_CASE;
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
	private AggregationPolicy(int value, String name, String literal) {
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
	
} //AggregationPolicy
