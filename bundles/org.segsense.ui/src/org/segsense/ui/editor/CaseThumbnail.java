// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.editor;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.segsense.image.io.ImageIO;
import org.segsense.ui.viewer.LabelColours;
import org.segsense.ui.viewer.LabelVolume;
import org.segsense.ui.viewer.SliceRenderer;
import org.segsense.ui.viewer.ViewPlane;
import org.segsense.ui.viewer.ViewVolume;

/**
 * The thumbnail of the selected case on the Data page: the middle axial slice of its first channel, with its
 * label map over it (opacity 0.4, the viewer's default label colours), drawn by the image viewer's
 * {@link SliceRenderer} in the viewer's display convention (patient's right on the screen's left, anterior up),
 * fitted into {@value #SIZE}×{@value #SIZE} pixels, window = the channel's robust range. The files are read
 * and rendered by a background {@link Job}; a newer selection cancels the older job and only the newest
 * result is shown. The label carries the name of the thread that rendered it under {@link #RENDERED_ON}.
 */
final class CaseThumbnail {

	/** Width and height of the thumbnail in pixels. */
	static final int SIZE = 192;
	/** Widget data key: the name of the thread that rendered the shown thumbnail. */
	static final String RENDERED_ON = "segsense.renderedOn";

	private final Label label;
	private final Label caption;
	private final AtomicLong newest = new AtomicLong();
	private Job running;
	private Image shown;

	CaseThumbnail(FormToolkit tk, Composite parent) {
		label = tk.createLabel(parent, "", SWT.CENTER | SWT.WRAP);
		label.setData(Ids.KEY, Ids.CASE_THUMBNAIL);
		label.addListener(SWT.Dispose, e -> dispose());
		caption = tk.createLabel(parent, "", SWT.WRAP);
		caption.setData(Ids.KEY, Ids.CASE_THUMBNAIL_CAPTION);
		GridData gd = new GridData(SWT.FILL, SWT.TOP, true, false);
		gd.widthHint = SIZE;
		caption.setLayoutData(gd);
	}

	/** A rendered thumbnail and where its slice lies. */
	record Rendered(ImageData data, double superior) {
	}

	Label control() {
		return label;
	}

	/** Shows the thumbnail of a case (null: none), reading {@code channel} and {@code labels} (may be null) off the UI thread. */
	void show(String caseId, Path channel, Path labels) {
		long id = newest.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
		if (caseId == null || channel == null) {
			set(null, caseId == null ? "Select a case to see its middle axial slice." : "Case " + caseId + " has no image channel.");
			return;
		}
		label.setText("Reading " + channel.getFileName() + "\u2026");
		caption.setText("");
		running = Job.create("Thumbnail of case " + caseId, (IProgressMonitor monitor) -> {
			Rendered data;
			try {
				data = render(channel, labels);
			} catch (Exception e) {
				String message = "Cannot show case " + caseId + ": " + e.getMessage();
				deliver(id, null, message, null);
				return Status.OK_STATUS; // shown in the page, not as an error dialog
			}
			if (monitor.isCanceled()) {
				return Status.CANCEL_STATUS;
			}
			deliver(id, data, Thread.currentThread().getName(), String.format(java.util.Locale.ROOT, "Case %s, %s: middle axial slice (S %.1f mm)%s.",
					caseId, channel.getFileName(), data.superior(), labels == null ? "" : ", label map over it"));
			return Status.OK_STATUS;
		});
		running.setSystem(true);
		running.schedule();
	}

	private void deliver(long id, Rendered data, String text, String captionText) {
		if (label.isDisposed()) {
			return;
		}
		label.getDisplay().asyncExec(() -> {
			if (id != newest.get() || label.isDisposed()) {
				return; // a newer selection won
			}
			if (data == null) {
				set(null, text);
			} else {
				caption.setText(captionText);
				set(new Image(label.getDisplay(), data.data()), null);
				label.setData(RENDERED_ON, text);
			}
		});
	}

	private void set(Image image, String text) {
		Image old = shown;
		shown = image;
		label.setImage(image);
		if (image == null) {
			label.setText(text);
			caption.setText("");
			label.setData(RENDERED_ON, null);
		}
		if (old != null) {
			old.dispose();
		}
		label.getParent().layout(true);
	}

	/** Renders the middle axial slice of {@code channel} (first component) with {@code labels} over it. */
	static Rendered render(Path channel, Path labels) throws Exception {
		ViewVolume volume = new ViewVolume(ImageIO.read(channel));
		LabelVolume overlay = null;
		if (labels != null && java.nio.file.Files.isRegularFile(labels)) {
			overlay = new LabelVolume(ImageIO.read(labels));
		}
		double[] b = volume.grid().bounds();
		double[] centre = {(b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2};
		double[] right = ViewPlane.AXIAL.right();
		double[] down = ViewPlane.AXIAL.down();
		double width = Math.abs(dot(right, b[3] - b[0], b[4] - b[1], b[5] - b[2]));
		double height = Math.abs(dot(down, b[3] - b[0], b[4] - b[1], b[5] - b[2]));
		double mmPerPixel = Math.max(width, height) / SIZE;
		double[] p0 = new double[3];
		double[] dx = new double[3];
		double[] dy = new double[3];
		for (int a = 0; a < 3; a++) {
			dx[a] = right[a] * mmPerPixel;
			dy[a] = down[a] * mmPerPixel;
			p0[a] = centre[a] - dx[a] * (SIZE / 2.0 - 0.5) - dy[a] * (SIZE / 2.0 - 0.5);
		}
		double[] range = volume.robustRange(0);
		return new Rendered(new SliceRenderer().render(SIZE, SIZE, p0, dx, dy, volume, volume.channel(0), range[1] - range[0], (range[0] + range[1]) / 2,
				overlay, LabelColours.of(overlay == null ? 1 : overlay.maxLabel(), null), 0.4), centre[2]);
	}

	private static double dot(double[] v, double x, double y, double z) {
		return v[0] * x + v[1] * y + v[2] * z;
	}

	private void dispose() {
		newest.incrementAndGet();
		if (running != null) {
			running.cancel();
		}
		if (shown != null) {
			shown.dispose();
			shown = null;
		}
	}
}
