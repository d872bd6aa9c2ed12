/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Case</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One subject: its image channels plus optional ground-truth label image and region-of-interest mask, all on the same grid.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.segsense.model.Case#getDescription <em>Description</em>}</li>
 *   <li>{@link org.segsense.model.Case#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.segsense.model.Case#getLabelImage <em>Label Image</em>}</li>
 *   <li>{@link org.segsense.model.Case#getRoiMask <em>Roi Mask</em>}</li>
 * </ul>
 *
 * @see org.segsense.model.SegsensePackage#getCase()
 * @model annotation="http://www.eclipse.org/emf/2002/Ecore constraints='hasChannels uniqueChannelNames'"
 * @generated
 */
public interface Case extends Identified {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Free text.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.segsense.model.SegsensePackage#getCase_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.segsense.model.Case#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference list.
	 * The list contents are of type {@link org.segsense.model.ImageChannel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Input channels in the order the networks expect them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference list.
	 * @see org.segsense.model.SegsensePackage#getCase_Channels()
	 * @model containment="true"
	 * @generated
	 */
	EList<ImageChannel> getChannels();

	/**
	 * Returns the value of the '<em><b>Label Image</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Ground-truth label map; required when the reference strategy is ground truth.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Label Image</em>' containment reference.
	 * @see #setLabelImage(FileReference)
	 * @see org.segsense.model.SegsensePackage#getCase_LabelImage()
	 * @model containment="true"
	 * @generated
	 */
	FileReference getLabelImage();

	/**
	 * Sets the value of the '{@link org.segsense.model.Case#getLabelImage <em>Label Image</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Label Image</em>' containment reference.
	 * @see #getLabelImage()
	 * @generated
	 */
	void setLabelImage(FileReference value);

	/**
	 * Returns the value of the '<em><b>Roi Mask</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Mask restricting evaluation to a region of interest; the whole image when absent.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Roi Mask</em>' containment reference.
	 * @see #setRoiMask(FileReference)
	 * @see org.segsense.model.SegsensePackage#getCase_RoiMask()
	 * @model containment="true"
	 * @generated
	 */
	FileReference getRoiMask();

	/**
	 * Sets the value of the '{@link org.segsense.model.Case#getRoiMask <em>Roi Mask</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Roi Mask</em>' containment reference.
	 * @see #getRoiMask()
	 * @generated
	 */
	void setRoiMask(FileReference value);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The case has at least one image channel.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean hasChannels(DiagnosticChain diagnostics, Map<Object, Object> context);

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every channel has a name, distinct within the case.
	 * <!-- end-model-doc -->
	 * @model
	 * @generated
	 */
	boolean uniqueChannelNames(DiagnosticChain diagnostics, Map<Object, Object> context);

} // Case
