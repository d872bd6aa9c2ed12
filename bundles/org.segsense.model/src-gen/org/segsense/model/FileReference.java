/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;

import org.eclipse.emf.ecore.EObject;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>File Reference</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A file or folder of the project, by path relative to the project directory, with an optional checksum to detect changed data.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.FileReference#getPath <em>Path</em>}</li>
 *   <li>{@link org.segsense.model.FileReference#getChecksum <em>Checksum</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getFileReference()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='validPath checksumFormat fileExists'"
 * @generated
 */
public interface FileReference extends EObject {
	/**
	 * Returns the value of the '<em><b>Path</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Path relative to the project directory, with '/' as separator.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Path</em>' attribute.
	 * @see #setPath(String)
	 * @see org.segsense.model.SegsensePackage#getFileReference_Path()
	 * @model
	 * @generated
	 */
	String getPath();

	/**
	 * Sets the value of the '{@link org.segsense.model.FileReference#getPath <em>Path</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Path</em>' attribute.
	 * @see #getPath()
	 * @generated
	 */
	void setPath(String value);

	/**
	 * Returns the value of the '<em><b>Checksum</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Checksum as 'sha256:' followed by 64 lowercase hex digits; for folders, the checksum of the sorted list of relative paths and file checksums. Empty when not recorded.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Checksum</em>' attribute.
	 * @see #setChecksum(String)
	 * @see org.segsense.model.SegsensePackage#getFileReference_Checksum()
	 * @model
	 * @generated
	 */
	String getChecksum();

	/**
	 * Sets the value of the '{@link org.segsense.model.FileReference#getChecksum <em>Checksum</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Checksum</em>' attribute.
	 * @see #getChecksum()
	 * @generated
	 */
	void setChecksum(String value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The path is present; an absolute path is reported as a warning because it makes the project non-portable.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean validPath(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The checksum is empty or 'sha256:' followed by 64 hex digits.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean checksumFormat(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The file exists in the project directory (checked only when the project directory is known).
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean fileExists(DiagnosticChain diagnostics, Map<Object, Object> context);

} // FileReference
