package fr.vigie.cli;

import picocli.CommandLine.IVersionProvider;

/** vigie's version (from the jar manifest) and the Spark it runs on. */
final class VersionProvider implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Vigie.class.getPackage().getImplementationVersion();
    return new String[] {
      "vigie " + (version == null ? "dev" : version),
      "Spark " + org.apache.spark.package$.MODULE$.SPARK_VERSION() + ", Java " + System.getProperty("java.version")
    };
  }
}
