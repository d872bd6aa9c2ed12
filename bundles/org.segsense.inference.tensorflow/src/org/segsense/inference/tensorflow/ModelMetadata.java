// SPDX-License-Identifier: EPL-2.0
package org.segsense.inference.tensorflow;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import org.segsense.inference.InferenceException;
import org.segsense.inference.ModelDescriptor;

/**
 * The SegSense metadata beside a SavedModel ({@value ModelDescriptor#METADATA_FILE}, Java properties,
 * UTF-8). Keys read here (all optional):
 * <ul>
 * <li>{@code signature}: the signature to use (default {@code serving_default})</li>
 * <li>{@code output}: the output key when the signature has several</li>
 * <li>{@code outputKind}: {@code probabilities}, {@code sigmoid}, {@code logits} or {@code sigmoid-multilabel}</li>
 * <li>{@code dimensions}, {@code sliceOrientations}, {@code fusion}: a 2-D slice model ({@link org.segsense.inference.SliceFusion})</li>
 * <li>{@code labelNames}, {@code threshold}: channel names and threshold of multi-label models</li>
 * <li>{@code normalization}: {@code none}, {@code zscore}, {@code percentile-zscore} or {@code minmax}</li>
 * <li>{@code labelValues}: comma-separated label value per output channel</li>
 * </ul>
 * Other keys ({@code architecture}, {@code augmentation}, {@code seed}, …) are kept for provenance.
 */
final class ModelMetadata {

	private ModelMetadata() {
	}

	static Map<String, String> read(Path folder) throws InferenceException {
		Path file = folder.resolve(ModelDescriptor.METADATA_FILE);
		Map<String, String> map = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return map;
		}
		Properties p = new Properties();
		try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			p.load(r);
		} catch (IOException | IllegalArgumentException e) {
			throw new InferenceException(file + " cannot be read (" + e.getMessage() + "). Fix or delete it; it is optional.", e);
		}
		p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k).trim()));
		return map;
	}
}
