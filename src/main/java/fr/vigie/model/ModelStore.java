package fr.vigie.model;

import fr.vigie.job.Outputs;
import fr.vigie.error.InputException;
import fr.vigie.spark.AtomicDirectory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.ml.PipelineModel;

/**
 * {@code model/}: the fitted boosted trees ({@code gbt/}), the logistic baseline ({@code baseline/}),
 * the calibration of the trees' scores ({@code calibration.json}, {@link Calibrator}) and {@code
 * metrics.json}, which also holds the alert thresholds scoring applies. The four are written aside
 * and swapped in together, so scoring never reads a model with another model's calibration or
 * thresholds.
 */
public final class ModelStore {
  private final String root;
  private final Configuration hadoop;

  public ModelStore(String root, Configuration hadoop) {
    this.root = root;
    this.hadoop = hadoop;
  }

  public String trees() {
    return root + "/gbt";
  }

  public String baseline() {
    return root + "/baseline";
  }

  public String metrics() {
    return root + "/metrics.json";
  }

  public String calibration() {
    return root + "/calibration.json";
  }

  /** Writes the models, the calibration and the metrics into a sibling folder, then replaces model/ by it. */
  public void save(PipelineModel trees, PipelineModel baseline, Calibrator calibrator, Metrics metrics) {
    AtomicDirectory.replace(root, hadoop, aside -> {
      trees.write().overwrite().save(aside + "/gbt");
      baseline.write().overwrite().save(aside + "/baseline");
      try (OutputStream out = aside.getFileSystem(hadoop).create(new Path(aside, "calibration.json"), true)) {
        Metrics.JSON.writeValue(out, calibrator);
      }
      try (OutputStream out = aside.getFileSystem(hadoop).create(new Path(aside, "metrics.json"), true)) {
        Metrics.JSON.writeValue(out, metrics);
      }
    });
  }

  /** The calibration of the trees' scores; a model/ trained before calibration existed must be trained again. */
  public Calibrator loadCalibrator() {
    Path path = Outputs.require(calibration(), hadoop, "No calibrated model", "vigie train");
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      return Metrics.JSON.readValue(in, Calibrator.class);
    } catch (IOException e) {
      throw new InputException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  public PipelineModel loadTrees() {
    Outputs.require(trees(), hadoop, "No trained model", "vigie train");
    return PipelineModel.load(trees());
  }

  public Metrics loadMetrics() {
    Path path = Outputs.require(metrics(), hadoop, "No trained model", "vigie train");
    try (InputStream in = path.getFileSystem(hadoop).open(path)) {
      return Metrics.JSON.readValue(in, Metrics.class);
    } catch (IOException e) {
      throw new InputException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }
}
