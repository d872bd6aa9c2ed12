/**
 * SPDX-License-Identifier: EPL-2.0
 */
package org.segsense.model.provider;


import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.ResourceLocator;

import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;
import org.eclipse.emf.edit.provider.ViewerNotification;

import org.segsense.model.SegsensePackage;
import org.segsense.model.TrainingSettings;

/**
 * This is the item provider adapter for a {@link org.segsense.model.TrainingSettings} object.
 * <!-- begin-user-doc -->
 * <!-- end-user-doc -->
 * @generated
 */
public class TrainingSettingsItemProvider 
	extends ItemProviderAdapter
	implements
		IEditingDomainItemProvider,
		IStructuredItemContentProvider,
		ITreeItemContentProvider,
		IItemLabelProvider,
		IItemPropertySource {
	/**
	 * This constructs an instance from a factory and a notifier.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public TrainingSettingsItemProvider(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	/**
	 * This returns the property descriptors for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public List<IItemPropertyDescriptor> getPropertyDescriptors(Object object) {
		if (itemPropertyDescriptors == null) {
			super.getPropertyDescriptors(object);

			addEpochsPropertyDescriptor(object);
			addBatchSizePropertyDescriptor(object);
			addLearningRatePropertyDescriptor(object);
			addOptimizerPropertyDescriptor(object);
			addLossPropertyDescriptor(object);
			addPatchSizePropertyDescriptor(object);
			addValidationFractionPropertyDescriptor(object);
			addIterationsPropertyDescriptor(object);
			addBaseFiltersPropertyDescriptor(object);
			addDepthPropertyDescriptor(object);
			addDiceWeightPropertyDescriptor(object);
			addForegroundFractionPropertyDescriptor(object);
			addNormalizationPropertyDescriptor(object);
		}
		return itemPropertyDescriptors;
	}

	/**
	 * This adds a property descriptor for the Epochs feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addEpochsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_epochs_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_epochs_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__EPOCHS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Batch Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBatchSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_batchSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_batchSize_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__BATCH_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Learning Rate feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLearningRatePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_learningRate_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_learningRate_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__LEARNING_RATE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Optimizer feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addOptimizerPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_optimizer_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_optimizer_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__OPTIMIZER,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Loss feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addLossPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_loss_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_loss_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__LOSS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Patch Size feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addPatchSizePropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_patchSize_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_patchSize_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__PATCH_SIZE,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Validation Fraction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addValidationFractionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_validationFraction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_validationFraction_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__VALIDATION_FRACTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Iterations feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addIterationsPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_iterations_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_iterations_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__ITERATIONS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Base Filters feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addBaseFiltersPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_baseFilters_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_baseFilters_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__BASE_FILTERS,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Depth feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDepthPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_depth_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_depth_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__DEPTH,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.INTEGRAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Dice Weight feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addDiceWeightPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_diceWeight_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_diceWeight_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__DICE_WEIGHT,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Foreground Fraction feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addForegroundFractionPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_foregroundFraction_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_foregroundFraction_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__FOREGROUND_FRACTION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.REAL_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This adds a property descriptor for the Normalization feature.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected void addNormalizationPropertyDescriptor(Object object) {
		itemPropertyDescriptors.add
			(createItemPropertyDescriptor
				(((ComposeableAdapterFactory)adapterFactory).getRootAdapterFactory(),
				 getResourceLocator(),
				 getString("_UI_TrainingSettings_normalization_feature"),
				 getString("_UI_PropertyDescriptor_description", "_UI_TrainingSettings_normalization_feature", "_UI_TrainingSettings_type"),
				 SegsensePackage.Literals.TRAINING_SETTINGS__NORMALIZATION,
				 true,
				 false,
				 false,
				 ItemPropertyDescriptor.GENERIC_VALUE_IMAGE,
				 null,
				 null));
	}

	/**
	 * This returns TrainingSettings.gif.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object getImage(Object object) {
		return overlayImage(object, getResourceLocator().getImage("full/obj16/TrainingSettings"));
	}

	/**
	 * This returns the label text for the adapted class.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getText(Object object) {
		TrainingSettings trainingSettings = (TrainingSettings)object;
		return getString("_UI_TrainingSettings_type") + " " + trainingSettings.getEpochs();
	}


	/**
	 * This handles model notifications by calling {@link #updateChildren} to update any cached
	 * children and by creating a viewer notification, which it passes to {@link #fireNotifyChanged}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void notifyChanged(Notification notification) {
		updateChildren(notification);

		switch (notification.getFeatureID(TrainingSettings.class)) {
			case SegsensePackage.TRAINING_SETTINGS__EPOCHS:
			case SegsensePackage.TRAINING_SETTINGS__BATCH_SIZE:
			case SegsensePackage.TRAINING_SETTINGS__LEARNING_RATE:
			case SegsensePackage.TRAINING_SETTINGS__OPTIMIZER:
			case SegsensePackage.TRAINING_SETTINGS__LOSS:
			case SegsensePackage.TRAINING_SETTINGS__PATCH_SIZE:
			case SegsensePackage.TRAINING_SETTINGS__VALIDATION_FRACTION:
			case SegsensePackage.TRAINING_SETTINGS__ITERATIONS:
			case SegsensePackage.TRAINING_SETTINGS__BASE_FILTERS:
			case SegsensePackage.TRAINING_SETTINGS__DEPTH:
			case SegsensePackage.TRAINING_SETTINGS__DICE_WEIGHT:
			case SegsensePackage.TRAINING_SETTINGS__FOREGROUND_FRACTION:
			case SegsensePackage.TRAINING_SETTINGS__NORMALIZATION:
				fireNotifyChanged(new ViewerNotification(notification, notification.getNotifier(), false, true));
				return;
		}
		super.notifyChanged(notification);
	}

	/**
	 * This adds {@link org.eclipse.emf.edit.command.CommandParameter}s describing the children
	 * that can be created under this object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected void collectNewChildDescriptors(Collection<Object> newChildDescriptors, Object object) {
		super.collectNewChildDescriptors(newChildDescriptors, object);
	}

	/**
	 * Return the resource locator for this item provider's resources.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ResourceLocator getResourceLocator() {
		return SegsenseEditPlugin.INSTANCE;
	}

}
