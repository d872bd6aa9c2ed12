// SPDX-License-Identifier: EPL-2.0
package org.segsense.simpleitk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.segsense.image.Image;
import org.segsense.image.io.ImageFormatException;

/**
 * Reading through SimpleITK: image files with {@code ImageFileReader}, DICOM series folders with
 * {@code ImageSeriesReader} and GDCM, with ITK's geometry (slices sorted by GDCM along the slice normal,
 * origin of the first slice, spacing between slices from their positions, LPS).
 *
 * <p>Choosing a series: a folder that holds one series is read as it is; when it holds several, name the
 * series by its Series Instance UID after a {@code #}: {@code DIR#1.2.840...}. Without a UID the error lists
 * the UIDs found ({@code segsense image info DIR --backend simpleitk} prints them).
 */
final class DicomSeries {

	/** Separates a folder and a Series Instance UID: {@code DIR#UID}. */
	static final char SERIES_SEPARATOR = '#';

	private final SimpleItkRuntime rt;

	DicomSeries(SimpleItkRuntime rt) {
		this.rt = rt;
	}

	/** A DICOM folder and the chosen series UID (null = the only one), or null when {@code path} is a file. */
	record Selection(Path folder, String uid) {
	}

	/** @return the folder/UID that {@code path} names, or null for a plain file */
	static Selection select(Path path) {
		if (Files.isDirectory(path)) {
			return new Selection(path, null);
		}
		String s = path.toString();
		int hash = s.lastIndexOf(SERIES_SEPARATOR);
		if (!Files.exists(path) && hash > 0 && Files.isDirectory(Path.of(s.substring(0, hash)))) {
			return new Selection(Path.of(s.substring(0, hash)), s.substring(hash + 1));
		}
		return null;
	}

	Image read(Path path) throws ImageFormatException, IOException {
		Selection sel = select(path);
		if (sel == null) {
			if (!Files.isRegularFile(path)) {
				throw new ImageFormatException(path, "no such file or folder", "check the path (a DICOM series is a folder, optionally "
						+ "followed by #SERIES_UID)");
			}
			Object reader = rt.newInstance("org.itk.simple.ImageFileReader");
			rt.call(reader, "setFileName", path.toString());
			try {
				return new SitkImages(rt).fromSitk(rt.call(reader, "execute"));
			} catch (SimpleItkException e) {
				throw new ImageFormatException(path, "SimpleITK cannot read it (" + e.getMessage() + ")",
						"check that it is an image file ITK reads (NIfTI, MetaImage, NRRD, DICOM, ...)", e);
			}
		}
		List<String> ids = seriesIds(sel.folder());
		if (ids.isEmpty()) {
			throw new ImageFormatException(sel.folder(), "the folder holds no DICOM series GDCM can read",
					"give a folder with the DICOM files of one series (or a single image file)");
		}
		String uid = sel.uid();
		if (uid == null) {
			if (ids.size() > 1) {
				throw new ImageFormatException(sel.folder(), "the folder holds " + ids.size() + " DICOM series: " + String.join(", ", ids),
						"choose one by its Series Instance UID: " + sel.folder() + SERIES_SEPARATOR + ids.get(0));
			}
			uid = ids.get(0);
		} else if (!ids.contains(uid)) {
			throw new ImageFormatException(sel.folder(), "no DICOM series with UID " + uid + " (found: " + String.join(", ", ids) + ")",
					"use one of the UIDs found");
		}
		Object files = rt.callStatic("org.itk.simple.ImageSeriesReader", "getGDCMSeriesFileNames", sel.folder().toString(), uid);
		Object reader = rt.newInstance("org.itk.simple.ImageSeriesReader");
		rt.call(reader, "setFileNames", files);
		try {
			return new SitkImages(rt).fromSitk(rt.call(reader, "execute"));
		} catch (SimpleItkException e) {
			throw new ImageFormatException(sel.folder(), "SimpleITK cannot read DICOM series " + uid + " (" + e.getMessage() + ")",
					"check that the folder holds the complete series", e);
		}
	}

	/** @return the Series Instance UIDs of the DICOM series in {@code folder} (GDCM's order) */
	@SuppressWarnings("unchecked")
	List<String> seriesIds(Path folder) {
		return List.copyOf((List<String>) rt.callStatic("org.itk.simple.ImageSeriesReader", "getGDCMSeriesIDs", folder.toString()));
	}
}
