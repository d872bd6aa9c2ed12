// SPDX-License-Identifier: EPL-2.0
package org.segsense.ui.preview;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Scale;
import org.segsense.engine.JobPreview;
import org.segsense.image.Image;
import org.segsense.model.Case;
import org.segsense.model.ImageChannel;
import org.segsense.model.PerturbationAxis;
import org.segsense.model.Study;
import org.segsense.model.sweep.SweepValues;
import org.segsense.ui.viewer.ImageViewer;
import org.segsense.workflows.WorkflowException;
import org.segsense.workflows.preview.PreviewService;

/**
 * The live perturbation preview of one case and one axis of a study: three {@link ImageViewer}s — the original
 * input (the case's channel as read, with its label map), the perturbed input at the slider's sweep value
 * (with the label map moved by spatial perturbations) and their difference (perturbed − original, see
 * {@link PreviewImages}) — with linked crosshairs, and a slider over the axis' sweep values.
 *
 * <p>The images are the job's own ({@link PreviewService}, engine {@code JobPreview}), computed off the UI thread
 * for the study's first model variant (the job seed depends on it); the newest slider position wins
 * ({@link LatestRequest}). The perturbed view uses the original's window/level, so intensity perturbations
 * show; the difference view is centred on 0. While a request is under way "Computing…" shows; a case that
 * cannot be previewed shows the service's message (file, problem, fix) in the composite and clears the
 * viewers. {@link #setStudy} previews the study <em>file</em>; {@link #showEdited} previews a study as edited
 * (saved or not), following each change.
 *
 * <p>Widgets carry {@code "segsense.id"} data: {@code preview.case}, {@code preview.axis},
 * {@code preview.channel}, {@code preview.slider}, {@code preview.value}, {@code preview.values},
 * {@code preview.busy}, {@code preview.error}. Call every method on the UI thread.
 */
public final class PerturbationPreview extends Composite {

    private final PreviewService service;
    private final LatestRequest requests;
    private final Combo caseCombo;
    private final Combo axisCombo;
    private final Combo channelCombo;
    private final Scale slider;
    private final Label valueLabel;
    private final Label valuesLabel;
    private final Label busyBar;
    private final Label error;
    private final Label hint;
    private final Composite bar;
    private final Label axisLabel;
    private final SashForm rows;
    private final Group[] groups = new Group[3];
    private final ImageViewer original;
    private final ImageViewer perturbed;
    private final ImageViewer difference;
    private final List<Consumer<Double>> shownListeners = new ArrayList<>();

    private Study study;
    private Path studyFile;
    private Path project;
    private List<Double> values = List.of();
    /** Counts changes of the study's cases: the baseline of a case is kept while it stays the same. */
    private long casesVersion;
    /** True when {@link #study} is an edited study (a copy) previewed instead of the file's content. */
    private boolean edited;
    private boolean busy;
    private Double shownValue;
    private JobPreview.Images shownImages;
    private Image shownOriginal;
    // worker-thread only: the baseline of the last case previewed
    private String baselineKey;
    private JobPreview.Images baseline;

    /**
     * @param parent the parent
     * @param style SWT style bits
     * @param service computes the previews (e.g. the OSGi service)
     */
    public PerturbationPreview(Composite parent, int style, PreviewService service) {
        super(parent, style);
        this.service = service;
        this.requests = new LatestRequest(getDisplay());
        addDisposeListener(e -> requests.dispose());
        setLayout(new GridLayout(1, false));

        bar = new Composite(this, SWT.NONE);
        bar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout barLayout = new GridLayout(10, false);
        barLayout.marginWidth = barLayout.marginHeight = 0;
        bar.setLayout(barLayout);
        new Label(bar, SWT.NONE).setText("Case");
        caseCombo = combo(bar, "preview.case", 120);
        axisLabel = new Label(bar, SWT.NONE);
        axisLabel.setText("Axis");
        axisLabel.setLayoutData(new GridData());
        axisCombo = combo(bar, "preview.axis", 240);
        new Label(bar, SWT.NONE).setText("Channel");
        channelCombo = combo(bar, "preview.channel", 100);
        slider = new Scale(bar, SWT.HORIZONTAL);
        slider.setData("segsense.id", "preview.slider");
        slider.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        slider.setMinimum(0);
        slider.setIncrement(1);
        slider.setPageIncrement(1);
        slider.addListener(SWT.Selection, e -> request());
        valueLabel = new Label(bar, SWT.NONE);
        valueLabel.setData("segsense.id", "preview.value");
        valueLabel.setLayoutData(new GridData(200, SWT.DEFAULT));
        // a still label, not an animated progress bar: an animation that repaints a form (the study editor)
        // faster than it paints keeps GTK busy, and the preview's own result would wait behind it
        busyBar = new Label(bar, SWT.NONE);
        busyBar.setData("segsense.id", "preview.busy");
        busyBar.setText("Computing\u2026");
        busyBar.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_BLUE));
        busyBar.setLayoutData(new GridData(80, SWT.DEFAULT));
        busyBar.setVisible(false);
        caseCombo.addListener(SWT.Selection, e -> caseChanged());
        axisCombo.addListener(SWT.Selection, e -> axisChanged());
        channelCombo.addListener(SWT.Selection, e -> request());

        valuesLabel = new Label(this, SWT.NONE);
        valuesLabel.setData("segsense.id", "preview.values");
        valuesLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        error = new Label(this, SWT.WRAP);
        error.setData("segsense.id", "preview.error");
        error.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        errorData.widthHint = 400;
        error.setLayoutData(errorData);
        setError(null);

        hint = new Label(this, SWT.WRAP);
        hint.setData("segsense.id", "preview.hint");
        GridData hintData = new GridData(SWT.FILL, SWT.TOP, true, true);
        hintData.widthHint = 400;
        hintData.verticalIndent = 12;
        hint.setLayoutData(hintData);
        rows = new SashForm(this, SWT.VERTICAL);
        rows.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        original = viewer(rows, 0, "Original");
        perturbed = viewer(rows, 1, "Perturbed");
        difference = viewer(rows, 2, "Difference (perturbed \u2212 original)");
        ImageViewer[] all = {original, perturbed, difference};
        for (ImageViewer from : all) {
            from.addCrosshairListener(p -> {
                for (ImageViewer to : all) {
                    if (to != from) {
                        to.setCrosshair(p);
                    }
                }
            });
        }
        sync();
        setHint(null);
    }

    private static Combo combo(Composite bar, String id, int width) {
        Combo c = new Combo(bar, SWT.READ_ONLY);
        c.setData("segsense.id", id);
        c.setLayoutData(new GridData(width, SWT.DEFAULT));
        return c;
    }

    private ImageViewer viewer(SashForm rows, int i, String title) {
        Group g = new Group(rows, SWT.NONE);
        g.setText(title);
        g.setLayout(new FillLayout());
        groups[i] = g;
        return new ImageViewer(g, SWT.NONE);
    }

    /**
     * Previews a study: lists its cases, axes and channels and selects the first case and axis.
     *
     * @param newStudy the study (as loaded from {@code file})
     * @param file the study file the preview service reads
     * @param projectFolder the folder its relative paths refer to, or null for the file's folder
     */
    public void setStudy(Study newStudy, Path file, Path projectFolder) {
        study = newStudy;
        studyFile = file;
        project = projectFolder;
        edited = false;
        casesVersion++;
        caseCombo.removeAll();
        for (Case c : study.getCases()) {
            caseCombo.add(c.getId());
        }
        axisCombo.removeAll();
        for (PerturbationAxis a : study.getAxes()) {
            axisCombo.add(a.getId() + " (" + a.getPerturbationType() + ", " + a.getSweptParameter() + ")");
        }
        caseCombo.select(0);
        axisCombo.select(0);
        shownOriginal = null;
        fillChannels();
        axisChanged();
        slider.setFocus(); // the arrow keys step through the sweep
    }

    /**
     * Previews a study as edited, saved or not (the study editor calls it after every change): the preview
     * service computes from a copy of it, not from the file. The case, the axis and the sweep value shown are
     * kept where they still exist; nothing is recomputed when the study did not change. A study without cases
     * or without axes shows a hint instead of the viewers.
     *
     * @param editedStudy the study as edited (copied here; the caller may go on changing it)
     * @param file the file it is edited from: its folder is the folder relative paths refer to, as for a run
     */
    public void showEdited(Study editedStudy, Path file) {
        Study copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(editedStudy);
        if (edited && study != null && file.equals(studyFile) && org.eclipse.emf.ecore.util.EcoreUtil.equals(study, copy)) {
            return;
        }
        String caseId = selectedCase() == null ? null : selectedCase().getId();
        String axisId = selectedAxis() == null ? null : selectedAxis().getId();
        Double value = values.isEmpty() ? null : values.get(Math.min(slider.getSelection(), values.size() - 1));
        int channel = Math.max(0, channelCombo.getSelectionIndex());
        if (study == null || !edited || !org.eclipse.emf.ecore.util.EcoreUtil.equals(study.getCases(), copy.getCases())) {
            casesVersion++;
        }
        study = copy;
        studyFile = file;
        project = null;
        edited = true;
        caseCombo.removeAll();
        for (Case c : study.getCases()) {
            caseCombo.add(c.getId());
        }
        axisCombo.removeAll();
        for (PerturbationAxis a : study.getAxes()) {
            axisCombo.add(a.getId() + " (" + a.getPerturbationType() + ", " + a.getSweptParameter() + ")");
        }
        caseCombo.select(caseId == null ? 0 : Math.max(0, indexOfCase(caseId)));
        axisCombo.select(0);
        for (int i = 0; axisId != null && i < study.getAxes().size(); i++) {
            if (axisId.equals(study.getAxes().get(i).getId())) {
                axisCombo.select(i);
            }
        }
        fillChannels();
        if (channel < channelCombo.getItemCount()) {
            channelCombo.select(channel);
        }
        int index = sweepChanged();
        if (value != null && values.contains(value)) {
            index = values.indexOf(value);
        }
        slider.setSelection(Math.max(0, index));
        request();
    }

    /** @param visible false to hide the axis chooser (where the axis is chosen outside, as in the study editor) */
    public void setAxisChooserVisible(boolean visible) {
        axisLabel.setVisible(visible);
        axisCombo.setVisible(visible);
        ((GridData) axisLabel.getLayoutData()).exclude = !visible;
        ((GridData) axisCombo.getLayoutData()).exclude = !visible;
        layout(true, true);
    }

    /**
     * Selects a case and an axis (e.g. the study editor's selection) and previews them.
     *
     * @param caseId a case of the study, or null to keep the current one
     * @param axisId an axis of the study, or null to keep the current one
     */
    public void select(String caseId, String axisId) {
        if (caseId != null) {
            caseCombo.select(indexOfCase(caseId));
            fillChannels();
        }
        if (axisId != null) {
            for (int i = 0; i < study.getAxes().size(); i++) {
                if (study.getAxes().get(i).getId().equals(axisId)) {
                    axisCombo.select(i);
                }
            }
        }
        axisChanged();
    }

    private int indexOfCase(String caseId) {
        for (int i = 0; i < study.getCases().size(); i++) {
            if (caseId.equals(study.getCases().get(i).getId())) {
                return i;
            }
        }
        return caseCombo.getSelectionIndex();
    }

    /**
     * Moves the slider to a sweep value, as the user would, and previews it.
     *
     * @param index 0 ≤ index &lt; {@link #values()}.size()
     */
    public void setValueIndex(int index) {
        slider.setSelection(index);
        request();
    }

    private void caseChanged() {
        fillChannels();
        request();
    }

    private void fillChannels() {
        channelCombo.removeAll();
        Case c = selectedCase();
        if (c != null) {
            for (ImageChannel ch : c.getChannels()) {
                channelCombo.add(ch.getName());
            }
        }
        channelCombo.select(0);
        channelCombo.setEnabled(channelCombo.getItemCount() > 1);
    }

    private void axisChanged() {
        sweepChanged();
        slider.setSelection(0);
        request();
    }

    /** Reads the selected axis' sweep values into the slider and the values line; @return the slider position */
    private int sweepChanged() {
        PerturbationAxis a = selectedAxis();
        setHint(study == null ? null : study.getCases().isEmpty()
                ? "This study has no cases yet, so there is nothing to preview: add a case (an image with its label map) to the"
                        + " study, then choose an axis to see what its perturbation does to the case."
                : a == null ? "This study has no perturbation axes yet: add one to preview what it does to the study's cases." : null);
        try {
            values = a == null ? List.of() : SweepValues.of(a.getSweep());
        } catch (IllegalArgumentException e) {
            values = List.of();
            setError("The sweep of axis '" + a.getId() + "' cannot be previewed: " + e.getMessage());
        }
        slider.setMaximum(Math.max(1, values.size() - 1));
        slider.setEnabled(values.size() > 1);
        StringBuilder s = new StringBuilder();
        if (a != null) {
            s.append("Sweep of ").append(a.getSweptParameter()).append(unit(a)).append(": ");
            for (int i = 0; i < values.size(); i++) {
                s.append(i == 0 ? "" : "  \u00b7  ").append(format(values.get(i)));
            }
            if (values.isEmpty()) {
                s.append("no values");
            }
        }
        valuesLabel.setText(s.toString());
        return Math.min(slider.getSelection(), Math.max(0, values.size() - 1));
    }

    /** Shows a hint instead of the viewers, or the viewers (null). */
    private void setHint(String text) {
        hint.setText(text == null ? "" : text);
        hint.setVisible(text != null);
        ((GridData) hint.getLayoutData()).exclude = text == null;
        for (org.eclipse.swt.widgets.Control c : new org.eclipse.swt.widgets.Control[] {rows, bar, valuesLabel}) {
            c.setVisible(text == null); // no empty choosers or viewers
            ((GridData) c.getLayoutData()).exclude = text != null;
        }
        layout(true, true);
    }

    private Case selectedCase() {
        int i = caseCombo.getSelectionIndex();
        return study == null || i < 0 ? null : study.getCases().get(i);
    }

    private PerturbationAxis selectedAxis() {
        int i = axisCombo.getSelectionIndex();
        return study == null || i < 0 ? null : study.getAxes().get(i);
    }

    private static String unit(PerturbationAxis a) {
        return a.getUnit() == null || a.getUnit().isBlank() ? "" : " (" + a.getUnit() + ")";
    }

    private static String format(double v) {
        return String.format(Locale.ROOT, "%.6g", v).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /** Starts the preview of the current selection; the newest request wins. */
    private void request() {
        Case c = selectedCase();
        PerturbationAxis a = selectedAxis();
        if (c == null || a == null || values.isEmpty()) {
            return;
        }
        int index = Math.min(slider.getSelection(), values.size() - 1);
        double value = values.get(index);
        int channel = Math.max(0, channelCombo.getSelectionIndex());
        valueLabel.setText(a.getSweptParameter() + " = " + format(value) + (a.getUnit() == null ? "" : " " + a.getUnit())
                + "   (" + (index + 1) + " of " + values.size() + ")");
        String key = casesVersion + "\u0000" + c.getId();
        Study given = edited ? study : null;
        PreviewService.Request base = new PreviewService.Request(studyFile, project, c.getId(), null, null, 0, given);
        PreviewService.Request req = new PreviewService.Request(studyFile, project, c.getId(), null, a.getId(), value, given);
        String what = "case '" + c.getId() + "' at " + a.getSweptParameter() + " = " + format(value)
                + (a.getUnit() == null || a.getUnit().isBlank() ? "" : " " + a.getUnit());
        setBusy(true);
        long[] id = new long[1];
        id[0] = requests.submit(monitor -> compute(key, base, req, channel, monitor),
                r -> show(id[0], r, value, what),
                f -> {
                    setBusy(false);
                    shownValue = null;
                    shownImages = null;
                    shownOriginal = null;
                    // labels first: an empty viewer keeps the bounds of its label map
                    original.setLabels(null, null);
                    original.setImage(null);
                    perturbed.setLabels(null, null);
                    perturbed.setImage(null);
                    difference.setImage(null);
                    titles(null, null);
                    setError("Cannot preview " + what + ": " + message(f));
                });
    }

    /** What one request computed (worker thread). */
    private record Result(JobPreview.Images base, JobPreview.Images perturbed, Image original, Image shown, Image difference,
            double[] differenceWindow) {
    }

    private Result compute(String key, PreviewService.Request base, PreviewService.Request req, int channel,
            org.eclipse.core.runtime.IProgressMonitor monitor) {
        if (!key.equals(baselineKey)) {
            baseline = service.preview(base, monitor);
            baselineKey = key;
        }
        JobPreview.Images p = service.preview(req, monitor);
        Image o = baseline.channels().get(Math.min(channel, baseline.channels().size() - 1));
        Image s = p.channels().get(Math.min(channel, p.channels().size() - 1));
        Image d = PreviewImages.difference(s, o);
        return new Result(baseline, p, o, s, d, PreviewImages.differenceWindow(d));
    }

    private void show(long id, Result r, double value, String what) {
        setError(null);
        List<CompletableFuture<Void>> shown = new ArrayList<>();
        if (r.original() != shownOriginal) {
            shownOriginal = r.original();
            shown.add(original.setImage(r.original()));
            shown.add(original.setLabels(r.base().labels(), null));
        }
        shown.add(perturbed.setImage(r.shown()));
        shown.add(perturbed.setLabels(r.perturbed().labels(), null));
        shown.add(difference.setImage(r.difference()));
        titles(what, r.perturbed());
        CompletableFuture.allOf(shown.toArray(CompletableFuture[]::new)).whenComplete((v, f) -> getDisplay().asyncExec(() -> {
            if (isDisposed() || !requests.isNewest(id)) {
                return;
            }
            perturbed.setWindowLevel(original.window(), original.level());
            difference.setWindowLevel(r.differenceWindow()[0], r.differenceWindow()[1]);
            shownValue = value;
            shownImages = r.perturbed();
            setBusy(false);
            for (Consumer<Double> l : List.copyOf(shownListeners)) {
                l.accept(value);
            }
        }));
    }

    /** @return the failure's message with the problems behind it (one a line), never a stack trace */
    static String message(Throwable f) {
        Throwable t = f;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        StringBuilder s = new StringBuilder(t.getMessage() == null ? t.toString() : t.getMessage());
        if (t instanceof WorkflowException w) {
            for (String p : w.problems()) {
                s.append("\n  \u2022 ").append(p);
            }
        }
        return s.toString();
    }

    /** The viewers' titles: what they show, or plain names when nothing is shown. */
    private void titles(String what, JobPreview.Images p) {
        groups[0].setText(what == null ? "Original" : "Original: case " + caseCombo.getText() + " as read");
        groups[1].setText(what == null ? "Perturbed" : "Perturbed: " + what.replaceFirst("^case '[^']*' at ", "")
                + (p.moved() ? " (spatial: labels moved with the image)" : "") + "   (job " + p.jobKey() + ")");
    }

    private void setBusy(boolean b) {
        busy = b;
        busyBar.setVisible(b);
    }

    private void setError(String text) {
        if (text == null && !error.getVisible() && error.getText().isEmpty()) {
            return;
        }
        error.setText(text == null ? "" : text);
        error.setVisible(text != null);
        ((GridData) error.getLayoutData()).exclude = text == null;
        layout(true, true);
    }

    private void sync() {
        slider.setEnabled(false);
        valueLabel.setText("");
    }

    /** @param listener told the sweep value whenever a preview has been computed and shown */
    public void addShownListener(Consumer<Double> listener) {
        shownListeners.add(listener);
    }

    /** @param listener a listener added before */
    public void removeShownListener(Consumer<Double> listener) {
        shownListeners.remove(listener);
    }

    /** @return the id of the axis previewed, or null */
    public String axisId() {
        PerturbationAxis a = selectedAxis();
        return a == null ? null : a.getId();
    }

    /** @return the id of the case previewed, or null */
    public String caseId() {
        Case c = selectedCase();
        return c == null ? null : c.getId();
    }

    /** @return the axis' sweep values, in slider order */
    public List<Double> values() {
        return values;
    }

    /** @return the sweep value whose preview is shown, or null (none yet, or an error) */
    public Double shownValue() {
        return shownValue;
    }

    /** @return the service's output whose first channel the perturbed viewer shows, or null */
    public JobPreview.Images shownImages() {
        return shownImages;
    }

    /** @return true while a preview is being computed or prepared for display */
    public boolean isBusy() {
        return busy;
    }

    /** @return the error shown, or null */
    public String errorText() {
        return error.getVisible() ? error.getText() : null;
    }

    /** @return the viewer of the original input */
    public ImageViewer originalViewer() {
        return original;
    }

    /** @return the viewer of the perturbed input */
    public ImageViewer perturbedViewer() {
        return perturbed;
    }

    /** @return the viewer of the difference */
    public ImageViewer differenceViewer() {
        return difference;
    }
}
