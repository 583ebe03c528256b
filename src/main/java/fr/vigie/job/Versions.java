package fr.vigie.job;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The manifest's {@code versions} section, written by every command ({@link Job#recordConfiguration}):
 * the versions of vigie (its jar's, {@code dev} when run from classes), Java and Spark that last
 * wrote this output root.
 */
@ManifestSection("versions")
@JsonIgnoreProperties(ignoreUnknown = true)
@JsonPropertyOrder({"vigie", "java", "spark"})
public record Versions(
    @JsonProperty("vigie") String vigie,
    @JsonProperty("java") String java,
    @JsonProperty("spark") String spark) {

  /** The versions of this process. */
  public static Versions current() {
    String vigie = Job.class.getPackage().getImplementationVersion();
    return new Versions(vigie == null ? "dev" : vigie, System.getProperty("java.version"),
        org.apache.spark.package$.MODULE$.SPARK_VERSION());
  }
}
