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
 * A representation of the literals of the enumeration '<em><b>Normalization Method</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * <!-- begin-model-doc -->
 * Intensity normalisation per channel.
 * <!-- end-model-doc -->
 * @see org.segsense.model.SegsensePackage#getNormalizationMethod()
 * @model
 * @generated
 */
public enum NormalizationMethod implements Enumerator {
	/**
	 * The '<em><b>NONE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intensities unchanged.
	 * <!-- end-model-doc -->
	 * @see #NONE_VALUE
	 * @generated
	 * @ordered
	 */
	NONE(0, "NONE", "none"),

	/**
	 * The '<em><b>ZSCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subtract the mean, divide by the standard deviation, over all voxels.
	 * <!-- end-model-doc -->
	 * @see #ZSCORE_VALUE
	 * @generated
	 * @ordered
	 */
	ZSCORE(1, "ZSCORE", "zscore"),

	/**
	 * The '<em><b>ZSCORE NONZERO</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Z-score over the non-zero voxels; zero voxels stay zero.
	 * <!-- end-model-doc -->
	 * @see #ZSCORE_NONZERO_VALUE
	 * @generated
	 * @ordered
	 */
	ZSCORE_NONZERO(2, "ZSCORE_NONZERO", "zscoreNonzero"),

	/**
	 * The '<em><b>MIN MAX</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale linearly to [0, 1].
	 * <!-- end-model-doc -->
	 * @see #MIN_MAX_VALUE
	 * @generated
	 * @ordered
	 */
	MIN_MAX(3, "MIN_MAX", "minMax");

	/**
	 * The '<em><b>NONE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Intensities unchanged.
	 * <!-- end-model-doc -->
	 * @see #NONE
	 * @model literal="none"
	 * @generated
	 * @ordered
	 */
	public static final int NONE_VALUE = 0;

	/**
	 * The '<em><b>ZSCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Subtract the mean, divide by the standard deviation, over all voxels.
	 * <!-- end-model-doc -->
	 * @see #ZSCORE
	 * @model literal="zscore"
	 * @generated
	 * @ordered
	 */
	public static final int ZSCORE_VALUE = 1;

	/**
	 * The '<em><b>ZSCORE NONZERO</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Z-score over the non-zero voxels; zero voxels stay zero.
	 * <!-- end-model-doc -->
	 * @see #ZSCORE_NONZERO
	 * @model literal="zscoreNonzero"
	 * @generated
	 * @ordered
	 */
	public static final int ZSCORE_NONZERO_VALUE = 2;

	/**
	 * The '<em><b>MIN MAX</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Scale linearly to [0, 1].
	 * <!-- end-model-doc -->
	 * @see #MIN_MAX
	 * @model literal="minMax"
	 * @generated
	 * @ordered
	 */
	public static final int MIN_MAX_VALUE = 3;

	/**
	 * An array of all the '<em><b>Normalization Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final NormalizationMethod[] VALUES_ARRAY =
		new NormalizationMethod[] {
			NONE,
			ZSCORE,
			ZSCORE_NONZERO,
			MIN_MAX,
		};

	/**
	 * A public read-only list of all the '<em><b>Normalization Method</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<NormalizationMethod> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Normalization Method</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalizationMethod get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NormalizationMethod result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Normalization Method</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalizationMethod getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			NormalizationMethod result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Normalization Method</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static NormalizationMethod get(int value) {
		switch (value) {
			case NONE_VALUE: return NONE;
			case ZSCORE_VALUE: return ZSCORE;
			case ZSCORE_NONZERO_VALUE: return ZSCORE_NONZERO;
			case MIN_MAX_VALUE: return MIN_MAX;
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
	private NormalizationMethod(int value, String name, String literal) {
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
	
} //NormalizationMethod
