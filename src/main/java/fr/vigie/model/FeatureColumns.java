package fr.vigie.model;

import fr.vigie.panel.Columns;
import fr.vigie.panel.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Which panel columns the model reads: every numeric or boolean column except the keys, the labels
 * and the scope flag, plus the activity sector and the region as categories. The other text columns
 * (departement, code_ape, categorie_juridique) have too many values for the trees' bins: the
 * sector and region carry their information at the grain the trees can split on.
 */
public record FeatureColumns(List<String> numeric, List<String> categorical) {

  /** Labels and what is derived from the future: never an input. */
  public static final Set<String> NOT_FEATURES = Set.of(
      Columns.SIRET, Columns.SIREN, Columns.PERIODE, Columns.MONTH, Columns.DANS_PERIMETRE,
      Labels.OUTCOME, Labels.TIME_TIL_OUTCOME, Labels.EN_PROCEDURE, Labels.DATE_PROCEDURE, Labels.ETAT);

  public static final List<String> CATEGORICAL = List.of(Columns.CODE_NAF, Columns.REGION);

  public static FeatureColumns of(StructType schema) {
    List<String> numeric = new ArrayList<>();
    for (StructField field : schema.fields()) {
      if (NOT_FEATURES.contains(field.name())) continue;
      if (field.dataType() instanceof NumericType || field.dataType() instanceof BooleanType) {
        numeric.add(field.name());
      }
    }
    List<String> categorical = CATEGORICAL.stream().filter(c -> List.of(schema.fieldNames()).contains(c)).toList();
    return new FeatureColumns(List.copyOf(numeric), categorical);
  }

  /** Without the given columns (those never filled in the training rows). */
  public FeatureColumns without(Set<String> dropped) {
    return new FeatureColumns(numeric.stream().filter(c -> !dropped.contains(c)).toList(),
        categorical.stream().filter(c -> !dropped.contains(c)).toList());
  }

  public List<String> all() {
    List<String> all = new ArrayList<>(numeric);
    all.addAll(categorical);
    return all;
  }
}
